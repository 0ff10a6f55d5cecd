using System.Text.Json;
using ChainGraph.Cli.Tests.TestSupport;

namespace ChainGraph.Cli.Tests;

/// <summary><c>chaingraph users …</c> on a fresh store: accounts with roles and chain scope, managed from the command line.</summary>
public sealed class UsersCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-users-").FullName;

    private string Database => Path.Combine(_folder, "users.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AddSetRoleSetPasswordRemove_Lead_ListedWithChainsThenGone()
    {
        var password = Path.Combine(_folder, "password.txt");
        await File.WriteAllTextAsync(password, "lead-password-2026\n");

        var add = await CliRunner.RunAsync(Database, "users", "add", "zhangsan", "--role", "链长", "--chains", "nev,轨道交通装备", "--display", "张三", "--password-file", password);
        var admin = await CliRunner.RunAsync(Database, "users", "add", "boss", "--role", "admin", "--generate");
        var listed = (await CliRunner.RunAsync(Database, "users", "list", "--json")).Json().EnumerateArray().ToArray();

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("password: ", admin.Output, StringComparison.Ordinal);
        var lead = listed.Single(u => u.GetProperty("user").GetString() == "zhangsan");
        Assert.Equal(("lead", "张三"), (lead.GetProperty("role").GetString(), lead.GetProperty("display").GetString()));
        Assert.Equal(["nev", "rail"], lead.GetProperty("chains").EnumerateArray().Select(c => c.GetString()));

        Assert.Equal(0, (await CliRunner.RunAsync(Database, "users", "set-role", "zhangsan", "--role", "readonly")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(Database, "users", "set-password", "zhangsan", "--password-file", password)).ExitCode);
        var demoted = (await CliRunner.RunAsync(Database, "users", "list", "--json")).Json().EnumerateArray().Single(u => u.GetProperty("user").GetString() == "zhangsan");
        Assert.Equal(("readonly", 0), (demoted.GetProperty("role").GetString(), demoted.GetProperty("chains").GetArrayLength()));

        Assert.Equal(0, (await CliRunner.RunAsync(Database, "users", "remove", "zhangsan")).ExitCode);
        Assert.DoesNotContain((await CliRunner.RunAsync(Database, "users", "list", "--json")).Json().EnumerateArray(), u => u.GetProperty("user").GetString() == "zhangsan");
    }

    [Theory]
    [InlineData("users add x --role lead --generate", "至少负责一条产业链")]
    [InlineData("users add x --role boss --generate", "--role is 'boss'")]
    [InlineData("users add x --role lead --chains nosuch --generate", "No chain 'nosuch'")]
    [InlineData("users remove nobody", "no account 'nobody'")]
    public async Task Users_BadInput_FailsSayingWhat(string command, string expected)
    {
        var result = await CliRunner.RunAsync(Database, command.Split(' '));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveOrDemote_LastAdmin_Refused()
    {
        await CliRunner.RunAsync(Database, "users", "add", "boss", "--role", "admin", "--generate");

        var remove = await CliRunner.RunAsync(Database, "users", "remove", "boss");
        var demote = await CliRunner.RunAsync(Database, "users", "set-role", "boss", "--role", "readonly");

        Assert.Equal((1, 1), (remove.ExitCode, demote.ExitCode));
        Assert.Contains("唯一的管理员", remove.Error, StringComparison.Ordinal);
        Assert.Equal("admin", (await CliRunner.RunAsync(Database, "users", "list", "--json")).Json()[0].GetProperty("role").GetString());
    }
}

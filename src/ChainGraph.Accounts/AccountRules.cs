namespace ChainGraph.Accounts;

/// <summary>
/// What a user name, display name, password and scope must be, with the Chinese message for each violation
/// (field, message), shared by the 用户管理 page's API and <c>chaingraph users</c>.
/// </summary>
public static class AccountRules
{
    /// <summary>User names are what people type at the sign-in form: letters (Chinese too), digits and . _ - @.</summary>
    public static IEnumerable<(string Field, string Message)> Check(Account account, string? password)
    {
        var name = account.UserName?.Trim() ?? "";
        if (name.Length is 0 or > AccountStore.MaxUserNameLength || !name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            yield return ("userName", $"用户名须为 1–{AccountStore.MaxUserNameLength} 个字符，只能包含字母、汉字、数字和 . _ - @。");
        }

        var display = account.DisplayName?.Trim() ?? "";
        if (display.Length is 0 or > AccountStore.MaxDisplayNameLength || display.Any(char.IsControl))
        {
            yield return ("displayName", $"显示名称须为 1–{AccountStore.MaxDisplayNameLength} 个字符，不含控制字符。");
        }

        if (password is not null && PasswordProblem(password) is { } problem)
        {
            yield return ("password", problem);
        }

        if (account.Role == AccountRole.Lead && account.Chains.Count == 0)
        {
            yield return ("chains", "链长/专班账号须至少负责一条产业链。");
        }
    }

    public static string? PasswordProblem(string password) => password.Length is < AccountStore.MinPasswordLength or > AccountStore.MaxPasswordLength
        ? $"密码须为 {AccountStore.MinPasswordLength}–{AccountStore.MaxPasswordLength} 个字符（现为 {password.Length} 个）。"
        : null;

    public static void ThrowIfInvalid(Account account, string password)
    {
        if (Check(account, password).Select(e => e.Message).FirstOrDefault() is { } message)
        {
            throw new ArgumentException(message);
        }
    }

    public static void ThrowIfInvalidPassword(string password)
    {
        if (PasswordProblem(password) is { } problem)
        {
            throw new ArgumentException(problem, nameof(password));
        }
    }
}

using ChainGraph.Cli.Infrastructure;

return await CliApplication.RunAsync(args, Console.Out, Console.Error);

using ChainGraph.Core.Model;
using Quartz;

namespace ChainGraph.Ingest.Sources;

/// <summary>Turns a parsed <see cref="SourceYaml"/> into a <see cref="SourceDefinition"/>, collecting every problem as "file: key: problem".</summary>
internal static class SourceValidator
{
    public static SourceDefinition Validate(SourceYaml yaml, string file, string ingestRoot)
    {
        var problems = new List<string>();
        void Problem(string key, string text) => problems.Add($"{file}: key '{key}': {text}");

        var name = string.IsNullOrWhiteSpace(yaml.Name) ? Path.GetFileNameWithoutExtension(file) : yaml.Name.Trim();
        if (!IsJobName(name))
        {
            Problem("name", $"'{name}' may hold only letters, digits, '-', '_' and '.' (1-80 characters); it names the job on the command line");
        }

        if (!SourceKinds.TryParse(yaml.Kind, out var kind))
        {
            Problem("kind", $"'{yaml.Kind}' is not a source kind; use one of {string.Join(", ", SourceKinds.Names)}");
        }

        var location = ResolveLocation(yaml.Location, ingestRoot, kind, Problem);
        var entity = NodeKind.Enterprise;
        if (yaml.Entity is { Length: > 0 } && (!GraphNames.TryParseKind(yaml.Entity, out entity) || entity is not (NodeKind.Enterprise or NodeKind.Fund)))
        {
            Problem("entity", $"'{yaml.Entity}' is not allowed; rows can become Enterprise or Fund nodes");
        }

        var fields = ValidateFields(yaml.Fields, kind, Problem);
        var hosts = (yaml.AllowedHosts ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToArray();
        if (location is not null && IsUrl(location))
        {
            var host = new Uri(location).Host.ToLowerInvariant();
            if (hosts.Length == 0)
            {
                Problem("allowedHosts", $"is empty; a web source must list the hosts it may fetch (at least '{host}')");
            }
            else if (!hosts.Contains(host))
            {
                Problem("allowedHosts", $"does not contain '{host}', the host of 'location'; add it");
            }
        }

        if (yaml.Schedule is { Length: > 0 } && !CronExpression.TryParse(yaml.Schedule, out _))
        {
            Problem("schedule", $"'{yaml.Schedule}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year], e.g. '0 0 3 ? * MON')");
        }

        var pagination = ValidatePagination(yaml.Pagination, Problem);
        if (kind.IsHtml())
        {
            CheckSelector("rows", yaml.Rows, Problem);
            CheckSelector("pagination.next", yaml.Pagination?.Next, Problem);
            foreach (var (field, selector) in fields.Where(f => f.Value != "."))
            {
                CheckSelector($"fields.{field}", selector, Problem);
            }
        }

        if (problems.Count > 0)
        {
            throw new SourceDefinitionException(string.Join(Environment.NewLine, problems));
        }

        return new SourceDefinition
        {
            Name = name,
            File = file,
            Kind = kind,
            Location = location!,
            Entity = entity,
            Fields = fields,
            RowSelector = string.IsNullOrWhiteSpace(yaml.Rows) ? null : yaml.Rows.Trim(),
            Pagination = pagination,
            Schedule = string.IsNullOrWhiteSpace(yaml.Schedule) ? null : yaml.Schedule.Trim(),
            AllowedHosts = hosts,
            Tags = (yaml.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray(),
            Sheet = yaml.Sheet,
            Description = yaml.Description,
        };
    }

    private static readonly AngleSharp.Dom.IDocument s_probe = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html></html>");

    private static void CheckSelector(string key, string? selector, Action<string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return;
        }

        try
        {
            s_probe.QuerySelector(selector);
        }
        catch (AngleSharp.Dom.DomException ex)
        {
            problem(key, $"'{selector}' is not a valid CSS selector ({ex.Message})");
        }
    }

    private static bool IsJobName(string name) =>
        name.Length is > 0 and <= 80 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static bool IsUrl(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string? ResolveLocation(string? location, string ingestRoot, SourceKind kind, Action<string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            problem("location", "is missing; give a file path relative to the ingest folder or an http(s) URL");
            return null;
        }

        if (location.Contains("://", StringComparison.Ordinal))
        {
            if (!IsUrl(location))
            {
                problem("location", $"'{location}' is not an http(s) URL");
                return null;
            }

            if (!kind.IsHtml())
            {
                problem("location", $"'{location}' is a URL but kind '{kind.Name()}' reads files; use html-table or html-list for web pages");
            }

            return location;
        }

        if (kind.IsHtml())
        {
            problem("location", $"kind '{kind.Name()}' needs an http(s) URL, found '{location}'");
        }

        var path = Path.GetFullPath(Path.Combine(ingestRoot, location));
        if (!File.Exists(path) && !File.Exists(path + ".gz"))
        {
            problem("location", $"the file '{path}' does not exist (paths are relative to '{ingestRoot}')");
        }

        return path;
    }

    private static Dictionary<string, string> ValidateFields(Dictionary<string, string>? fields, SourceKind kind, Action<string, string> problem)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, source) in fields ?? [])
        {
            if (!SourceFields.All.Contains(field))
            {
                problem($"fields.{field}", $"is not a known field; use {string.Join(", ", SourceFields.All)}");
            }
            else if (string.IsNullOrWhiteSpace(source))
            {
                problem($"fields.{field}", "is empty; give a column name, JSON property or CSS selector");
            }
            else
            {
                result[field] = source.Trim();
            }
        }

        if (kind != SourceKind.PolicyText && !result.ContainsKey(SourceFields.Name))
        {
            problem("fields.name", "is missing; every row source must say where the entity's name is");
        }

        return result;
    }

    private static PaginationDefinition ValidatePagination(SourceYaml.PaginationYaml? pagination, Action<string, string> problem)
    {
        if (pagination is null)
        {
            return PaginationDefinition.None;
        }

        var max = pagination.MaxPages ?? PaginationDefinition.DefaultMaxPages;
        if (max is < PaginationDefinition.MinPages or > PaginationDefinition.MaxAllowedPages)
        {
            problem("pagination.maxPages", $"is {max}; it must be between {PaginationDefinition.MinPages} and {PaginationDefinition.MaxAllowedPages}");
        }

        return new PaginationDefinition(string.IsNullOrWhiteSpace(pagination.Next) ? null : pagination.Next.Trim(), max);
    }
}

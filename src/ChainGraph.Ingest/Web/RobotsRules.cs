namespace ChainGraph.Ingest.Web;

/// <summary>
/// The rules of one robots.txt for our user agent (RFC 9309): the group naming our agent, else
/// the <c>*</c> group; the longest matching Allow/Disallow path wins, Allow on a tie; <c>*</c> and
/// a final <c>$</c> in paths are honoured.
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(bool Allow, string Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool, string)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>RFC 9309 §2.3.1.4: when robots.txt is unreachable (5xx, network), assume complete disallow.</summary>
    public static RobotsRules DisallowAll { get; } = new([(false, "/")]);

    public static RobotsRules Parse(string text, string userAgent)
    {
        var token = userAgent.Split('/', ' ')[0].Trim().ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules)>();
        (List<string> Agents, List<(bool, string)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is not null && key is "allow" or "disallow" && value.Length > 0)
            {
                current.Value.Rules.Add((key == "allow", value));
            }
        }

        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToArray();
        var chosen = mine.Length > 0 ? mine : groups.Where(g => g.Agents.Contains("*")).ToArray();
        return new RobotsRules(chosen.SelectMany(g => g.Rules).ToArray());
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        var best = (Allow: true, Length: -1);
        foreach (var (allow, pattern) in _rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best.Length || (pattern.Length == best.Length && allow)))
            {
                best = (allow, pattern.Length);
            }
        }

        return best.Allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var found = i == 0 ? (path.StartsWith(parts[0], StringComparison.Ordinal) ? 0 : -1) : path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return !anchored || position == path.Length || (parts[^1].Length == 0 && parts.Length > 1);
    }
}

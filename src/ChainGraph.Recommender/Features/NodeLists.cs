namespace ChainGraph.Recommender.Features;

/// <summary>
/// A sorted, duplicate-free list of node indexes per node (neighbours, industries, products…), stored as one
/// array of members and one of offsets (compressed sparse rows). A jagged array cost an object of 24 bytes and a
/// reference of 8 per node per list: at a million enterprises (2.6 M nodes, seven lists) that was 0.3 GB and six
/// million objects for the collector to mark, for 0.07 GB of offsets here. Read-only once built.
/// </summary>
public sealed class NodeLists
{
    private readonly int[] _offsets;
    private readonly int[] _members;

    private NodeLists(int[] offsets, int[] members)
    {
        _offsets = offsets;
        _members = members;
    }

    /// <summary>How many nodes have a list (every node of the graph, most lists empty).</summary>
    public int NodeCount => _offsets.Length - 1;

    /// <summary>The list of <paramref name="node"/>, in ascending order.</summary>
    public ReadOnlySpan<int> this[int node] => _members.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>How many members of the list of <paramref name="node"/> <paramref name="match"/> accepts.</summary>
    public int Count(int node, Func<int, bool> match)
    {
        var count = 0;
        foreach (var member in this[node])
        {
            if (match(member))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="match"/> accepts any member of the list of <paramref name="node"/> (stops at the first).</summary>
    public bool Any(int node, Func<int, bool> match)
    {
        foreach (var member in this[node])
        {
            if (match(member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The list of <paramref name="node"/> as a sequence, for LINQ (a span is faster in loops).</summary>
    public ArraySegment<int> Members(int node) => new(_members, _offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>
    /// The lists of the pairs <paramref name="pair"/> gives for edges 0..<paramref name="edgeCount"/> (owner,
    /// member), and the reverse pair too when <paramref name="undirected"/>. Two passes (count, then fill) into
    /// one array, then each list is sorted and its duplicates squeezed out in place.
    /// </summary>
    public static NodeLists Build(int nodeCount, int edgeCount, Func<int, (int Owner, int Member)?> pair, bool undirected)
    {
        var offsets = new int[nodeCount + 1];
        for (var e = 0; e < edgeCount; e++)
        {
            if (pair(e) is { } p)
            {
                offsets[p.Owner + 1]++;
                if (undirected)
                {
                    offsets[p.Member + 1]++;
                }
            }
        }

        for (var n = 0; n < nodeCount; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        var members = new int[offsets[nodeCount]];
        var next = offsets[..^1];
        for (var e = 0; e < edgeCount; e++)
        {
            if (pair(e) is { } p)
            {
                members[next[p.Owner]++] = p.Member;
                if (undirected)
                {
                    members[next[p.Member]++] = p.Owner;
                }
            }
        }

        // Sort each list and keep one of each member, moving the lists down over the gaps duplicates leave.
        var write = 0;
        for (var n = 0; n < nodeCount; n++)
        {
            var (start, end) = (offsets[n], offsets[n + 1]);
            var list = members.AsSpan(start, end - start);
            list.Sort();
            offsets[n] = write;
            for (var i = 0; i < list.Length; i++)
            {
                if (i == 0 || list[i] != list[i - 1])
                {
                    members[write++] = list[i];
                }
            }
        }

        offsets[nodeCount] = write;
        return new NodeLists(offsets, write == members.Length ? members : members[..write]);
    }
}

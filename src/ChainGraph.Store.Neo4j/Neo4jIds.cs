namespace ChainGraph.Store.Neo4j;

/// <summary>
/// Store-local node ids for the snapshot. Neo4j 5 deprecates numeric ids (<c>id()</c>) and element
/// ids are strings, so the id is a 64-bit FNV-1a hash of the node's uid: stable across reads and
/// pages without server-side state. Collisions (odds about 1 in 10^7 at a million nodes) are detected
/// while reading and reported.
/// </summary>
internal static class Neo4jIds
{
    // FNV-1a, 64-bit (offset basis and prime from Fowler/Noll/Vo, http://www.isthe.com/chongo/tech/comp/fnv/).
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static long FromUid(string uid)
    {
        var hash = OffsetBasis;
        foreach (var c in uid)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return (long)(hash & long.MaxValue);
    }
}

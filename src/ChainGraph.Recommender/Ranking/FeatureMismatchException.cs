namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// A saved model was trained on other features than this build computes (a feature added, removed or
/// renamed since): its columns would be misread, so it is refused until it is retrained.
/// </summary>
public sealed class FeatureMismatchException(string folder, IReadOnlyList<string> saved, IReadOnlyList<string> expected)
    : Exception(
        $"The model in '{folder}' was trained on {saved.Count} features but this build computes {expected.Count}" +
        $" (new: {Join(expected.Except(saved))}; gone: {Join(saved.Except(expected))}). Run 'chaingraph train' again.")
{
    public IReadOnlyList<string> Saved { get; } = saved;

    public IReadOnlyList<string> Expected { get; } = expected;

    private static string Join(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "none, only the order differs";
}

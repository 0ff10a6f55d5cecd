namespace ChainGraph.Recommender.Recommending;

/// <summary>An expected failure of a recommendation request (unknown anchor, no model): the message says what to do.</summary>
public sealed class RecommendException(string message) : Exception(message);

namespace ChainGraph.Recommender.Recommending;

/// <summary>Settings of the product recommender (section <c>ChainGraph:Recommender</c>).</summary>
public sealed class RecommenderOptions
{
    public const string Section = "ChainGraph:Recommender";

    /// <summary>Folder of the trained model (model.zip, features.json, trees.json, report.json); default: the database path + ".model".</summary>
    public string ModelFolder { get; set; } = "";

    /// <summary>Candidates recalled per query before the model reranks them.</summary>
    public int RecallSize { get; set; } = 400;

    /// <summary>
    /// Weight of the chain term in a recommendation's score: score = model margin + ChainFitWeight × chain fit (0..1).
    /// The model was trained on which links formed, not on chain fit; this prior from the template and the product
    /// data puts main-business makers ahead of side lines within the chain-grounded pool.
    /// </summary>
    public double ChainFitWeight { get; set; } = 3.0;

    /// <summary>Length in days of each training window (links that formed within it are the labels).</summary>
    public int TrainingHorizonDays { get; set; } = 30;

    /// <summary>
    /// How many times each query of the project pipeline's outcomes (signed / ended projects) counts in training,
    /// relative to one query of dated links: outcomes answer the served query itself and are few. 30 is where five
    /// signed/ended pairs visibly move their candidates on the ICKG subset (OutcomeTrainingTests; at 10 the moves
    /// were mixed); with no real outcomes yet it is not tuned on held-out ones.
    /// </summary>
    public int OutcomeWeight { get; set; } = 30;

    public void Validate()
    {
        if (OutcomeWeight is < 1 or > 100)
        {
            throw new InvalidOperationException($"ChainGraph:Recommender:OutcomeWeight is {OutcomeWeight}; it must be within 1..100.");
        }

        if (string.IsNullOrWhiteSpace(ModelFolder))
        {
            throw new InvalidOperationException("ChainGraph:Recommender:ModelFolder is empty; set it to the folder where 'chaingraph train' saves the model.");
        }

        if (RecallSize is < 10 or > 5000)
        {
            throw new InvalidOperationException($"ChainGraph:Recommender:RecallSize is {RecallSize}; it must be within 10..5000.");
        }

        if (ChainFitWeight is < 0 or > 20)
        {
            throw new InvalidOperationException($"ChainGraph:Recommender:ChainFitWeight is {ChainFitWeight}; it must be within 0..20 (margin units per unit of chain fit).");
        }

        if (TrainingHorizonDays is < 7 or > 365)
        {
            throw new InvalidOperationException($"ChainGraph:Recommender:TrainingHorizonDays is {TrainingHorizonDays}; it must be within 7..365.");
        }
    }
}

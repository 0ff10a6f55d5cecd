using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChainGraph.Recommender.Ranking.Learning;

/// <summary>Feature rows as ML.NET data views: the training view (label, query group, features) and the scoring view (features only).</summary>
internal static class RankerRows
{
    public const string Label = "Label";
    public const string Group = "GroupId";
    public const string Features = "Features";

    /// <summary>Training rows (already encoded, no NaN), consecutive per query group, for a LambdaMART trainer.</summary>
    public static IDataView Training(MLContext ml, float[] rows, IReadOnlyList<float> labels, IReadOnlyList<int> groupSizes, int columns)
    {
        var items = new List<TrainingRow>(labels.Count);
        var offset = 0;
        for (var g = 0; g < groupSizes.Count; g++)
        {
            for (var i = 0; i < groupSizes[g]; i++, offset++)
            {
                items.Add(new TrainingRow { Label = labels[offset], GroupId = (uint)g + 1, Features = rows.AsSpan(offset * columns, columns).ToArray() });
            }
        }

        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns);
        schema[nameof(TrainingRow.GroupId)].ColumnType = new KeyDataViewType(typeof(uint), Math.Max(1, groupSizes.Count));
        return ml.Data.LoadFromEnumerable(items, schema);
    }

    /// <summary>Rows (row-major, encoded) to score.</summary>
    public static IDataView Scoring(MLContext ml, float[] rows, int columns)
    {
        var items = new ScoringRow[rows.Length / columns];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new ScoringRow { Features = rows.AsSpan(i * columns, columns).ToArray() };
        }

        return ml.Data.LoadFromEnumerable(items, ScoringSchema(columns));
    }

    public static SchemaDefinition ScoringSchema(int columns)
    {
        var schema = SchemaDefinition.Create(typeof(ScoringRow));
        schema[nameof(ScoringRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns);
        return schema;
    }
}

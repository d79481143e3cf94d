using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Evaluation;

/// <summary>Precision, recall and F1 of rumor and fraud detection on labelled messages.</summary>
public static class FlagEvaluation
{
    /// <summary>Scores for one label.</summary>
    public sealed record Scores(string Label, int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Errors)
    {
        /// <summary>Precision.</summary>
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        /// <summary>Recall.</summary>
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        /// <summary>F1.</summary>
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Scores rumor (rumor-like) and fraud (high risk) detection.</summary>
    public static IReadOnlyList<Scores> Run(IReadOnlyList<(string Id, string Expect, string Text)> cases, RumorDetector rumors, FraudDetector fraud)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(rumors);
        ArgumentNullException.ThrowIfNull(fraud);
        return
        [
            Score("rumor", cases, text => rumors.Assess(text).IsRumorLike && fraud.Assess(text).Risk != FraudRisk.High),
            Score("fraud", cases, text => fraud.Assess(text).Risk == FraudRisk.High),
        ];
    }

    private static Scores Score(string label, IReadOnlyList<(string Id, string Expect, string Text)> cases, Func<string, bool> predict)
    {
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var (id, expect, text) in cases)
        {
            var predicted = predict(text);
            var actual = expect == label;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
            if (predicted != actual)
            {
                errors.Add($"{id} expected {expect}, {(predicted ? "flagged" : "missed")} {label}: {text}");
            }
        }

        return new Scores(label, tp, fp, fn, errors);
    }
}

using KepuBot.Safety;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Learned;
using KepuBot.Safety.Rumors;

namespace KepuBot.Evaluation;

/// <summary>
/// Rumor and fraud detection on labelled messages: precision, recall and F1 for rumors, for scams in progress
/// (high risk) and for any fraud risk; high-risk warnings on ordinary messages; level and scenario agreement.
/// Every miss lists the cues that fired, so a reader sees why.
/// </summary>
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

    /// <summary>Everything measured on one set.</summary>
    /// <param name="Cases">Number of cases.</param>
    /// <param name="Labels">Rumor, fraud (high risk) and fraud-any scores.</param>
    /// <param name="HighOnOrdinary">Ordinary (none) messages that got a high-risk warning.</param>
    /// <param name="LevelAgreement">Share of fraud and none cases whose predicted level is the expected one.</param>
    /// <param name="ScenarioAgreement">Share of flagged cases with an expected scenario that got it.</param>
    /// <param name="Disagreements">Level and scenario disagreements, with cues.</param>
    /// <param name="Ordinary">Ordinary (none) messages in the set.</param>
    /// <param name="OrdinaryFlagged">Ordinary messages flagged as a rumor or with any fraud risk.</param>
    public sealed record Report(int Cases, IReadOnlyList<Scores> Labels, IReadOnlyList<string> HighOnOrdinary, double LevelAgreement, double ScenarioAgreement, IReadOnlyList<string> Disagreements, int Ordinary, IReadOnlyList<string> OrdinaryFlagged)
    {
        /// <summary>The scores for <paramref name="label"/> (rumor, fraud, fraud-any).</summary>
        public Scores this[string label] => Labels.Single(s => s.Label == label);

        /// <summary>Share of ordinary messages flagged (0 when there are none).</summary>
        public double FalseFlagRate => Ordinary == 0 ? 0 : (double)OrdinaryFlagged.Count / Ordinary;
    }

    /// <summary>Runs the detectors over the cases.</summary>
    public static Report Run(IReadOnlyList<FlagCase> cases, SafetyReader safety)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(safety);
        var judged = cases.Select(c => Judge(c, safety.Read(c.Text))).ToList();

        var rumor = Score("rumor", judged, j => j.Case.Expect == FlagCase.Rumor, j => j.Rumor.IsRumorCase(j.Fraud));
        var high = Score("fraud", judged.Where(j => j.Case.Level != FraudRisk.Medium), j => j.Case.Level == FraudRisk.High, j => j.Fraud.Risk == FraudRisk.High);
        var any = Score("fraud-any", judged, j => j.Case.Expect == FlagCase.Fraud, j => j.Fraud.Risk != FraudRisk.None);
        var ordinary = judged.Where(j => j.Case.Expect == FlagCase.None).ToList();
        var highOnOrdinary = ordinary.Where(j => j.Fraud.Risk == FraudRisk.High).Select(j => j.Describe()).ToList();
        var ordinaryFlagged = ordinary.Where(j => j.Rumor.IsRumorCase(j.Fraud) || j.Fraud.Risk != FraudRisk.None).Select(j => j.Describe()).ToList();

        var levelCases = judged.Where(j => j.Case.Expect != FlagCase.Rumor).ToList();
        var scenarioCases = judged.Where(j => j.Case.Scenario is not null && j.Fraud.Risk != FraudRisk.None).ToList();
        var disagreements = levelCases.Where(j => j.Fraud.Risk != j.Case.Level)
            .Concat(scenarioCases.Where(j => j.Fraud.Scenario != j.Case.Scenario))
            .Distinct()
            .Select(j => j.Describe())
            .ToList();
        return new Report(
            cases.Count,
            [rumor, high, any],
            highOnOrdinary,
            Share(levelCases.Count(j => j.Fraud.Risk == j.Case.Level), levelCases.Count),
            Share(scenarioCases.Count(j => j.Fraud.Scenario == j.Case.Scenario), scenarioCases.Count),
            disagreements,
            ordinary.Count,
            ordinaryFlagged);
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static Scores Score(string label, IEnumerable<Judged> judged, Func<Judged, bool> actual, Func<Judged, bool> predict)
    {
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var j in judged)
        {
            var (isActual, isPredicted) = (actual(j), predict(j));
            tp += isPredicted && isActual ? 1 : 0;
            fp += isPredicted && !isActual ? 1 : 0;
            fn += !isPredicted && isActual ? 1 : 0;
            if (isPredicted != isActual)
            {
                errors.Add($"{(isPredicted ? "flagged" : "missed")} {label}: {j.Describe()}");
            }
        }

        return new Scores(label, tp, fp, fn, errors);
    }

    private static Judged Judge(FlagCase flagCase, SafetyVerdict verdict) => new(flagCase, verdict.Rumor, verdict.Fraud);

    private sealed record Judged(FlagCase Case, RumorAssessment Rumor, FraudAssessment Fraud)
    {
        public string Describe()
        {
            var expected = Case.Expect == FlagCase.Fraud ? $"fraud/{Case.Level.ToString().ToLowerInvariant()}/{Case.Scenario ?? "-"}" : Case.Expect;
            var got = $"rumor={(Rumor.IsRumorCase(Fraud) ? "yes" : Rumor.IsRumorLike ? "like" : "no")}({Rumor.Score:0.##}) fraud={Fraud.Risk.ToString().ToLowerInvariant()}({Fraud.Score:0.##})/{Fraud.Scenario ?? "-"}";
            return $"{Case.Id} expected {expected}, got {got} [rumor: {string.Join(' ', Rumor.Cues)} | fraud: {string.Join(' ', Fraud.Cues)}]: {Case.Text}";
        }
    }
}

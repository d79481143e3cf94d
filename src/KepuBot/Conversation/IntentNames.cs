using System.Reflection;
using System.Text.Json.Serialization;

namespace KepuBot.Conversation;

/// <summary>The wire names of <see cref="Intent"/>, as in the answer's JSON, for stored turns and logs.</summary>
public static class IntentNames
{
    private static readonly Dictionary<Intent, string> Names = Enum.GetValues<Intent>().ToDictionary(
        intent => intent,
        intent => typeof(Intent).GetField(intent.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name);

    /// <summary>"policy", "antifraud", "out_of_scope" …</summary>
    public static string Name(this Intent intent) => Names[intent];
}

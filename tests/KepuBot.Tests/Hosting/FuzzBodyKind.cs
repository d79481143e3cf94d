namespace KepuBot.Tests.Hosting;

/// <summary>What a well-formed body of an endpoint would be, so the generator can break that kind of body.</summary>
internal enum FuzzBodyKind
{
    None,
    Json,
    Activity,
    Xml,
    Upload,
}

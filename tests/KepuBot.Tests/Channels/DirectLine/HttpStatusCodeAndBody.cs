namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>A response's status and raw body.</summary>
public sealed record HttpStatusCodeAndBody(int Status, string Body);

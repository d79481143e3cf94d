namespace KepuBot.Channels.WeChat;

/// <summary>One inbound Official Account message or event, as the fields WeChat sends under <c>&lt;xml&gt;</c>.</summary>
internal sealed record WeChatMessage(IReadOnlyDictionary<string, string> Fields)
{
    public string ToUserName => Field("ToUserName");

    /// <summary>The sender's OpenID.</summary>
    public string FromUserName => Field("FromUserName");

    public string CreateTime => Field("CreateTime");

    public string MsgType => Field("MsgType");

    public string Event => Field("Event");

    public string Content => Field("Content");

    public string Recognition => Field("Recognition");

    /// <summary>The message id; the voice table in the docs and template events spell it <c>MsgID</c>.</summary>
    public string MsgId => Fields.TryGetValue("MsgId", out var id) ? id : Field("MsgID");

    /// <summary>
    /// What identifies a delivery across WeChat's retries: the MsgId for messages, sender + time + event for events
    /// (which have no MsgId).
    /// </summary>
    public string DedupeKey => MsgId.Length > 0 ? "msg:" + MsgId : $"evt:{FromUserName}:{CreateTime}:{Event}";

    /// <summary>Names the message in logs without personal data (the OpenID is left out).</summary>
    public string LogId => MsgId.Length > 0 ? MsgId : $"{MsgType}/{Event}@{CreateTime}";

    /// <summary>A message WeChat would send carries at least these.</summary>
    public bool IsComplete => FromUserName.Length > 0 && ToUserName.Length > 0 && MsgType.Length > 0;

    public string Field(string name) => Fields.TryGetValue(name, out var value) ? value : string.Empty;
}

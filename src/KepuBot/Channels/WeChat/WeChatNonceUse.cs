namespace KepuBot.Channels.WeChat;

/// <summary>What a signed request's timestamp and nonce have been seen with before.</summary>
internal enum WeChatNonceUse
{
    /// <summary>Not seen within the window: the request is new.</summary>
    Fresh,

    /// <summary>Seen with the very same body: WeChat delivering the same request again (answered once, from the reply store).</summary>
    Redelivery,

    /// <summary>Seen with another body: someone reusing a captured signed URL.</summary>
    Replay,
}

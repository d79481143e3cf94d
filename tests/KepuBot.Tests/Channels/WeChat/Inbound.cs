namespace KepuBot.Tests.Channels.WeChat;

/// <summary>Inbound messages shaped as WeChat sends them (PROTOCOLS.md §2.3).</summary>
internal static class Inbound
{
    private const string Head = "<xml><ToUserName><![CDATA[" + WeChatHost.Account + "]]></ToUserName><FromUserName><![CDATA[" + WeChatHost.OpenId + "]]></FromUserName>";

    public static string Text(string content, string msgId, long createTime = 1700000000) =>
        $"{Head}<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId></xml>";

    public static string Voice(string recognition, string msgId) =>
        $"{Head}<CreateTime>1700000100</CreateTime><MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[media-1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[{recognition}]]></Recognition><MsgID>{msgId}</MsgID></xml>";

    public static string Event(string name, long createTime) =>
        $"{Head}<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event><EventKey><![CDATA[]]></EventKey></xml>";

    public static string Image(string msgId) =>
        $"{Head}<CreateTime>1700000300</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://example.invalid/p.jpg]]></PicUrl><MediaId><![CDATA[m]]></MediaId><MsgId>{msgId}</MsgId></xml>";
}

namespace KepuBot.Channels.DirectLine;

/// <summary>The caller, or the Direct Line error to answer with (status, stable code, message).</summary>
public sealed record DirectLineAuth(DirectLineCaller? Caller, int Status, string Code, string Message)
{
    public static DirectLineAuth Ok(DirectLineCaller caller) => new(caller, StatusCodes.Status200OK, string.Empty, string.Empty);

    public static DirectLineAuth Unauthorized(string message) => new(null, StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static DirectLineAuth Forbidden(string code, string message) => new(null, StatusCodes.Status403Forbidden, code, message);

    public IResult ToResult() => DirectLineErrors.Result(Status, Code, Message);
}

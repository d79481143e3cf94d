namespace KepuBot.Channels.DirectLine;

/// <summary>Direct Line's error body, <c>{"error":{"code","message"}}</c>: codes are stable, messages are not.</summary>
public static class DirectLineErrors
{
    public static IResult Result(int status, string code, string message) =>
        TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: status);

    public static IResult BadArgument(string message) => Result(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult NotFound() => Result(StatusCodes.Status404NotFound, "BadArgument", "conversation not found");
}

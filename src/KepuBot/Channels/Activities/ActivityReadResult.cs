namespace KepuBot.Channels.Activities;

/// <summary>An activity read from a request body, or why it could not be read (a 4xx status and a reason).</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string? Reason)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Fail(int status, string reason) => new(null, status, reason);
}

namespace KepuBot.Staff.Library;

/// <summary><c>POST /api/staff/library/{id}/approve</c>: when the article must be reviewed again (default: the review period).</summary>
/// <param name="ReviewBy">The review-by date, or null for the default.</param>
public sealed record ApproveRequest(DateOnly? ReviewBy);

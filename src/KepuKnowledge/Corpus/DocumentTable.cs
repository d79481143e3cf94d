namespace KepuKnowledge.Corpus;

/// <summary>A table kept with its row structure, such as a 工作清单 (序号 / 责任单位 / 主要工作 / 具体任务).</summary>
/// <param name="Caption">The heading the table stands under.</param>
/// <param name="Headers">Column names.</param>
/// <param name="Rows">Cells, one list per row, as many as there are headers.</param>
public sealed record DocumentTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The position of the column named <paramref name="name"/>, or -1.</summary>
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            if (Headers[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}

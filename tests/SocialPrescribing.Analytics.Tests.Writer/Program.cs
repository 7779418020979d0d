using System.Globalization;
using SocialPrescribing.Analytics;
using SocialPrescribing.Outcomes;

// Writes versions 1, 2, 3 ... of one published table to the CSV file named by the first argument, each version
// ROWS rows of its number then a last row "end", until it is killed. Prints "writing" before its first write and
// "written" after each version is in place.
const int Rows = 200_000;
string path = args[0];
OutcomeColumn[] columns = [OutcomeColumn.Create("Version")];
Console.WriteLine("writing");
for (int version = 1; ; version++)
{
    string text = version.ToString(CultureInfo.InvariantCulture);
    PublishedCell cell = PublishedCell.Create(OutcomeCellKind.Count, version, text, CellControl.None);
    IEnumerable<PublishedRow> rows = Enumerable.Range(0, Rows).Select(i => PublishedRow.Create([text + "-" + i.ToString(CultureInfo.InvariantCulture)], [cell]))
        .Append(PublishedRow.Create(["end"], [cell]));
    await PublishedTableFiles.WriteCsvAsync(PublishedTable.Create("Versions", ["Row"], columns, rows, DisclosurePolicy.None), path);
    Console.WriteLine("written");
}

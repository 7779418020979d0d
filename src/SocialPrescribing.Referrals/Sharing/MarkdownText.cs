using System.Text;

namespace SocialPrescribing.Referrals;

/// <summary>Escapes free text for Markdown, so a person's words are shown as written and never read as formatting.</summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~";

    /// <summary>Backslash-escapes every Markdown punctuation character and turns line breaks into spaces.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text.ReplaceLineEndings(" "))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}

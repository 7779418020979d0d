using System.Net;

namespace SocialPrescribing.Fhir;

/// <summary>Plain text as a FHIR narrative's XHTML.</summary>
internal static class Xhtml
{
    /// <summary>
    /// Plain text as an XHTML narrative, a paragraph a line, markup characters escaped and control characters (which
    /// XML cannot hold) left out.
    /// </summary>
    public static string Of(string text)
    {
        var b = new System.Text.StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        foreach (string line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                b.Append("<p>").Append(WebUtility.HtmlEncode(new string([.. line.Trim().Where(c => !char.IsControl(c))]))).Append("</p>");
            }
        }

        return b.Append("</div>").ToString();
    }
}

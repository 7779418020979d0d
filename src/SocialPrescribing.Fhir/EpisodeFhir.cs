using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir;

/// <summary>
/// The entry point: an episode to a FHIR R4 Bundle and back (docs/fhir.md), and the bundle to and from FHIR JSON with
/// Firely's serializer.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ToBundle(Episode, EpisodeFhirOptions)"/> is the explicit mapping call through which the person's data leaves: the bundle carries the
/// NHS number in full, the person's words and everything else the episode holds (docs/fhir.md, "Personal data").
/// </para>
/// <para>
/// Reading never throws anything but <see cref="FhirMappingException"/> for bad input, naming the resource, the
/// element path and the rule, never a value; nothing half-built is returned. Every member is safe to call from any
/// thread.
/// </para>
/// </remarks>
public static class EpisodeFhir
{
    /// <summary>The largest FHIR JSON document read: 64 MiB.</summary>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    private static readonly JsonSerializerOptions Pretty = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    /// <summary>Maps an episode to a FHIR <c>collection</c> Bundle (docs/fhir.md, "The bundle").</summary>
    /// <param name="episode">The episode.</param>
    /// <param name="options">The service's own facts.</param>
    /// <returns>A new bundle; the same episode always gives an equal bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> or <paramref name="options"/> is null.</exception>
    public static Bundle ToBundle(Episode episode, EpisodeFhirOptions options)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(options);
        return EpisodeBundleWriter.Write(episode, options);
    }

    /// <summary>
    /// Maps the view for a connected group (docs/referrals.md, "View for a connected group") to a <c>collection</c>
    /// Bundle holding one ServiceRequest to the group (docs/fhir.md, "The view for a connected group"): only what the
    /// person agreed to share with that group. Without their need-to-know consent it holds the group and nothing about
    /// the person; with it, the introduction (date, category, how) and the need-to-know note. Never the NHS number, the
    /// person's name or demographics.
    /// </summary>
    /// <param name="view">The group's view, from <see cref="GroupView.Create(Episode, int)"/>.</param>
    /// <param name="options">The service's own facts.</param>
    /// <returns>A new bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> or <paramref name="options"/> is null.</exception>
    public static Bundle ToGroupBundle(GroupView view, EpisodeFhirOptions options)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(options);
        return RequestMapping.GroupBundle(view, options.Service);
    }

    /// <summary>
    /// Maps the message back to the GP or the referrer (docs/referrals.md, "Message back to the GP and the referrer") to
    /// a FHIR <c>document</c> Bundle (docs/fhir.md, "The message back"): a Composition whose section is the message's
    /// text and, in the practice's copy, the Patient it identifies (the NHS number in full: a document meant to carry
    /// it). The referrer's copy outside the practice identifies no one, as the message itself does not.
    /// </summary>
    /// <param name="message">The message, from <see cref="MessageBack.Create(Episode, MessageBackRecipient)"/>.</param>
    /// <param name="at">When the document is made (its timestamp and the Composition's date).</param>
    /// <param name="options">The service's own facts: the service is the document's author.</param>
    /// <returns>A new document bundle; the same message and instant give an equal bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="options"/> is null.</exception>
    public static Bundle ToMessageBackDocument(MessageBack message, NodaTime.Instant at, EpisodeFhirOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        return MessageBackMapping.ToDocument(message, at, options.Service);
    }

    /// <summary>
    /// Maps an episode and its agreed care and support plan to a FHIR Bundle: <see cref="ToBundle(Episode, EpisodeFhirOptions)"/>'s bundle, whose
    /// CarePlan also carries the plan's content (docs/fhir.md, "The care and support plan"): its text, its goals as
    /// Goals, its support connections as planned activities.
    /// </summary>
    /// <param name="episode">The episode; it holds an agreed plan (<see cref="Episode.CarePlan"/>).</param>
    /// <param name="plan">The plan the episode refers to (SocialPrescribing.CarePlans), as it stands.</param>
    /// <param name="options">The service's own facts.</param>
    /// <returns>A new bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/>, <paramref name="plan"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The episode holds no agreed plan, or <paramref name="plan"/> was not agreed on the date the episode's plan was.</exception>
    public static Bundle ToBundle(Episode episode, SocialPrescribing.CarePlans.CarePlan plan, EpisodeFhirOptions options)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        if (episode.CarePlan is not CarePlanReference reference || plan.AgreedOn != reference.AgreedOn)
        {
            throw new ArgumentException(FhirMessages.PlanNotTheEpisodes, nameof(plan));
        }

        return EpisodeBundleWriter.Write(episode, options, plan);
    }

    /// <summary>Maps a bundle back to an episode (docs/fhir.md, "Reading").</summary>
    /// <param name="bundle">A bundle as <see cref="ToBundle(Episode, EpisodeFhirOptions)"/> writes it, from this or another system.</param>
    /// <returns>The episode, its events replayed through the lifecycle rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bundle"/> is null.</exception>
    /// <exception cref="FhirMappingException">The bundle does not map to an episode: the message names the resource, the element path and the rule.</exception>
    public static Episode FromBundle(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        try
        {
            return EpisodeBundleReader.Read(bundle);
        }
        catch (FhirMappingException)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // A rule of the model that the reader did not check first: still a bad bundle, never another exception, and
            // the exception itself is not kept (its message is the model's; no value from the bundle travels on).
            throw new FhirMappingException("Bundle", FhirMessages.NotAnEpisode(e.Message));
        }
    }

    /// <summary>Tries to map a bundle back to an episode. Never throws.</summary>
    /// <param name="bundle">The bundle, or <see langword="null"/>.</param>
    /// <param name="episode">The episode when mapped; otherwise <see langword="null"/>.</param>
    /// <param name="error">Why it does not map; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when mapped.</returns>
    public static bool TryFromBundle(Bundle? bundle, out Episode? episode, out FhirMappingException? error)
        => Try(bundle, "Bundle", FromBundle, out episode, out error);

    /// <summary>Tries to read a FHIR JSON bundle and map it to an episode. Never throws.</summary>
    /// <param name="json">The JSON text, or <see langword="null"/>.</param>
    /// <param name="episode">The episode when mapped; otherwise <see langword="null"/>.</param>
    /// <param name="error">Why it does not map; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when mapped.</returns>
    public static bool TryFromJson(string? json, out Episode? episode, out FhirMappingException? error)
        => Try(json, "(document)", FromJson, out episode, out error);

    private static bool Try<T>(T? input, string path, Func<T, Episode> read, out Episode? episode, out FhirMappingException? error)
        where T : class
    {
        episode = null;
        error = null;
        if (input is null)
        {
            error = new FhirMappingException(path, FhirMessages.Missing);
            return false;
        }

        try
        {
            episode = read(input);
            return true;
        }
        catch (FhirMappingException e)
        {
            error = e;
        }
#pragma warning disable CA1031 // A Try member never throws: whatever else goes wrong is a bundle that does not map.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            error = new FhirMappingException("Bundle", FhirMessages.NotAnEpisodeOfType(e.GetType().Name));
        }

        return false;
    }

    /// <summary>Writes a resource as FHIR JSON with Firely's serializer.</summary>
    /// <param name="resource">The resource, for example a bundle from <see cref="ToBundle(Episode, EpisodeFhirOptions)"/>.</param>
    /// <param name="indented">Whether to indent (for files people read); compact otherwise.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is null.</exception>
    public static string ToJson(Resource resource, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return JsonSerializer.Serialize(resource, indented ? Pretty : Compact);
    }

    /// <summary>Reads a FHIR JSON bundle with Firely's parser (strict: unknown elements and wrong types are errors).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FhirMappingException">
    /// The text is not a FHIR JSON Bundle: malformed JSON, nesting deeper than 64, a wrong type, an unknown element, or a
    /// document longer than <see cref="MaxDocumentBytes"/>; the message gives the JSON path, never the value.
    /// </exception>
    public static Bundle BundleFromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxDocumentBytes)
        {
            throw new FhirMappingException("Bundle", FhirMessages.DocumentOver(MaxDocumentBytes));
        }

        try
        {
            return JsonSerializer.Deserialize<Resource>(json, Compact) as Bundle ?? throw new FhirMappingException("(document)", FhirMessages.NotABundle);
        }
        catch (FhirMappingException)
        {
            throw;
        }

        // Firely's exceptions are not kept: their messages quote values (a date, a narrative with the person's words).
        catch (DeserializationFailedException e)
        {
            throw new FhirMappingException(FirstLocation(e), FhirMessages.NotValidFhirJson(e.Exceptions.Select(x => x.ErrorCode).Distinct().Take(5)));
        }
        catch (JsonException e)
        {
            throw new FhirMappingException(e.Path ?? "(document)", FhirMessages.NotWellFormed);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or NotSupportedException or OverflowException)
        {
            // For example text System.Text.Json cannot transcode (a lone surrogate).
            throw new FhirMappingException("(document)", FhirMessages.NotFhirJson(e.GetType().Name));
        }
    }

    /// <summary>Reads a FHIR JSON bundle and maps it to an episode.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The episode.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FhirMappingException">The text is not a FHIR JSON bundle that maps to an episode.</exception>
    public static Episode FromJson(string json) => FromBundle(BundleFromJson(json));

    private static string FirstLocation(DeserializationFailedException e)
        => e.Exceptions.OfType<Hl7.Fhir.Utility.ExtendedCodedException>().Select(x => x.InstancePath).FirstOrDefault(l => !string.IsNullOrEmpty(l)) ?? "(document)";
}

namespace ChainGraph.Web.Hosting;

/// <summary>Settings of the web app (section <c>ChainGraph:Web</c>), validated at start.</summary>
public sealed class ChainGraphWebOptions
{
    public const string Section = "ChainGraph:Web";

    /// <summary>
    /// When true every page and API answer needs a signed-in user (closed intranet deployments);
    /// when false (the default) browsing is open and only writes need one.
    /// </summary>
    public bool RequireSignInToBrowse { get; set; }

    /// <summary>Import the shipped demo data at start when the store holds no enterprise.</summary>
    public bool ImportDemoWhenEmpty { get; set; } = true;

    /// <summary>Train the ranking model at start when none is saved (a fresh machine), so 招商目标 works at once.</summary>
    public bool TrainModelWhenMissing { get; set; } = true;

    /// <summary>
    /// The first account, created at start when there is none. Without <see cref="AdminPassword"/> a random
    /// password is generated and written to <see cref="AdminPasswordFile"/> (never to the log).
    /// </summary>
    public string AdminUser { get; set; } = "admin";

    public string? AdminPassword { get; set; }

    /// <summary>Where a generated admin password is written; default: next to the database file.</summary>
    public string? AdminPasswordFile { get; set; }

    /// <summary>Headless Chromium used to print briefings to PDF; PDF export is off when the file is missing.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one PDF print may take before it is abandoned.</summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Most recommendations one request may ask for (<c>top</c>).</summary>
    public int MaxTop { get; set; } = 200;

    /// <summary>Most attendees one event may list (pasted or uploaded).</summary>
    public int MaxAttendees { get; set; } = 500;

    /// <summary>Largest attendee upload accepted (CSV or XLSX), in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The home region's time zone (IANA id): pages, briefings and exports show times in it (北京时间 by default).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
    /// <summary>
    /// When true (the default) saved target lists, events, briefings and their PDFs need a signed-in user even
    /// where browsing is open: they are the team's internal material.
    /// </summary>
    public bool InternalMaterialNeedsSignIn { get; set; } = true;

    /// <summary>How long a sign-in lasts without activity (sliding; every request renews it).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Wrong passwords for one user name within <see cref="SignInFailureWindow"/> before the name is locked for <see cref="SignInLockout"/>.</summary>
    public int SignInMaxFailuresPerAccount { get; set; } = 5;

    /// <summary>Failed sign-ins from one client address within <see cref="SignInFailureWindow"/> before the address is locked out.</summary>
    public int SignInMaxFailuresPerClient { get; set; } = 20;

    public TimeSpan SignInFailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan SignInLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The Data Protection key ring (cookie and antiforgery keys); default: <c>DATABASE.keys</c> beside the store file.</summary>
    public string? KeyRingFolder { get; set; }

    /// <summary>The key that encrypts the key ring at rest, base64 of 32 bytes; set it from a secret store to keep it off the disk.</summary>
    public string? KeyRingKey { get; set; }

    /// <summary>Where the key-ring key is kept when <see cref="KeyRingKey"/> is not set; default: <c>DATABASE.keyring-key</c> (created, mode 600).</summary>
    public string? KeyRingKeyFile { get; set; }

    public void Validate()
    {
        Check(!string.IsNullOrWhiteSpace(AdminUser) && AdminUser.Length <= 64, $"ChainGraph:Web:AdminUser is '{AdminUser}'; it must be 1 to 64 characters.");
        Check(AdminPassword is null || AdminPassword.Length >= 8, "ChainGraph:Web:AdminPassword is shorter than 8 characters; set a longer one or leave it empty to generate one.");
        Check(PdfTimeout > TimeSpan.Zero && PdfTimeout <= TimeSpan.FromMinutes(10), $"ChainGraph:Web:PdfTimeout is {PdfTimeout}; it must be between 0 and 10 minutes.");
        Check(MaxTop is >= 1 and <= 10_000, $"ChainGraph:Web:MaxTop is {MaxTop}; it must be between 1 and 10000.");
        Check(MaxAttendees is >= 1 and <= 100_000, $"ChainGraph:Web:MaxAttendees is {MaxAttendees}; it must be between 1 and 100000.");
        Check(MaxUploadBytes is >= 1024 and <= 100 * 1024 * 1024, $"ChainGraph:Web:MaxUploadBytes is {MaxUploadBytes}; it must be between 1 KiB and 100 MiB.");
        Check(TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _), $"ChainGraph:Web:TimeZone is '{TimeZone}'; it must be an IANA time zone id such as Asia/Shanghai.");
        Check(SessionLifetime >= TimeSpan.FromMinutes(5) && SessionLifetime <= TimeSpan.FromDays(30), $"ChainGraph:Web:SessionLifetime is {SessionLifetime}; it must be between 5 minutes and 30 days.");
        Check(SignInMaxFailuresPerAccount is >= 1 and <= 1000 && SignInMaxFailuresPerClient is >= 1 and <= 100_000,
            $"ChainGraph:Web:SignInMaxFailuresPerAccount ({SignInMaxFailuresPerAccount}) must be 1..1000 and SignInMaxFailuresPerClient ({SignInMaxFailuresPerClient}) 1..100000.");
        Check(SignInFailureWindow > TimeSpan.Zero && SignInFailureWindow <= TimeSpan.FromDays(1) && SignInLockout > TimeSpan.Zero && SignInLockout <= TimeSpan.FromDays(1),
            $"ChainGraph:Web:SignInFailureWindow ({SignInFailureWindow}) and SignInLockout ({SignInLockout}) must be between 0 and 1 day.");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

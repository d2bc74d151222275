using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>PLOVER event classes (plus FIGHT, PLOVER's conventional armed clash). See docs/events.md for the definitions used.</summary>
public static class EventClasses
{
    public const string Agree = "AGREE";
    public const string Consult = "CONSULT";
    public const string Support = "SUPPORT";
    public const string Concede = "CONCEDE";
    public const string Cooperate = "COOPERATE";
    public const string Aid = "AID";
    public const string Retreat = "RETREAT";
    public const string Request = "REQUEST";
    public const string Accuse = "ACCUSE";
    public const string Reject = "REJECT";
    public const string Threaten = "THREATEN";
    public const string Protest = "PROTEST";
    public const string Sanction = "SANCTION";
    public const string Mobilize = "MOBILIZE";
    public const string Coerce = "COERCE";
    public const string Assault = "ASSAULT";
    public const string Fight = "FIGHT";

    public static readonly IReadOnlyList<string> All =
    [
        Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request, Accuse, Reject, Threaten, Protest,
        Sanction, Mobilize, Coerce, Assault, Fight,
    ];
}

/// <summary>Modes: how an ASSAULT was carried out, and the few modes of other classes.</summary>
public static class EventModes
{
    public const string Aerial = "aerial";
    public const string Drone = "drone";
    public const string Missile = "missile";
    public const string HeavyWeapons = "heavy-weapons";
    public const string Explosives = "explosives";
    public const string Firearms = "firearms";
    public const string AirDefense = "air-defense";
    public const string Territory = "territory";
    public const string Authorization = "authorization";
    public const string Evacuation = "evacuation";
    public const string Release = "release";
    public const string Riot = "riot";
}

/// <summary>The ACLED event_type / sub_event_type a coded event exports as, where ACLED has one.</summary>
public static class AcledMapping
{
    public const string Explosions = "Explosions/Remote violence";
    public const string Battles = "Battles";
    public const string Strategic = "Strategic developments";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";

    /// <summary>Maps class, mode, an override code from the trigger lexicon and whether civilians are the target.</summary>
    public static AcledType? Map(string eventClass, string? mode, string? code, bool civilianTarget)
    {
        switch (code)
        {
            case "HQ":
                return new(Strategic, "Headquarters or base established");
            case "DWU":
                return new(Strategic, "Disrupted weapons use");
            case "ARREST":
                return new(Strategic, "Arrests");
            case "AGREEMENT":
                return new(Strategic, "Agreement");
            case "CHANGE":
                return new(Strategic, "Change to group/activity");
            case "RIOT":
                return new(Riots, "Violent demonstration");
            default:
                break;
        }

        return eventClass switch
        {
            EventClasses.Assault => mode switch
            {
                EventModes.Aerial or EventModes.Drone => new(Explosions, "Air/drone strike"),
                EventModes.Missile or EventModes.HeavyWeapons => new(Explosions, "Shelling/artillery/missile attack"),
                EventModes.Explosives => new(Explosions, "Remote explosive/landmine/IED"),
                _ when civilianTarget => new(ViolenceAgainstCivilians, "Attack"),
                EventModes.Firearms => new(Battles, "Armed clash"),
                _ => null,
            },
            EventClasses.Fight => new(Battles, "Armed clash"),
            EventClasses.Mobilize => new(Strategic, "Change to group/activity"),
            EventClasses.Agree => new(Strategic, "Agreement"),
            EventClasses.Aid or EventClasses.Support or EventClasses.Retreat => new(Strategic, "Other"),
            EventClasses.Coerce => new(Strategic, "Arrests"),
            EventClasses.Protest => new(Protests, "Peaceful protest"),
            _ => null,
        };
    }
}

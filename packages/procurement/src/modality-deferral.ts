// Text that leaves a duty open: a placeholder ("PM", "nader uit te werken"), a decision deferred
// ("Of er een IAMA komt, besluit de Provincie later"), a duty that waits for the buyer's choice
// or option, and an answer that withdraws a named requirement.

/** A placeholder as the whole text: "PM", "TBD", "nader uit te werken", "[nog in te vullen]". */
export const PLACEHOLDER = /^\s*[[(]?\s*(pm|p\.m\.|tbd|t\.b\.d\.|to be determined|to be confirmed|reserved[^\])]*|gereserveerd|nader uit te werken|nader in te vullen|volgt|volgt nog[^\])]*|follows|n\.?t\.?b\.?|deze paragraaf wordt aangevuld[^\]]*|this section will be[^\]]*|\[?nog in te vullen[^\]]*)\s*[.\])]?\s*$/i;

/** A short label and a placeholder as its sentence: "Technische documentatie. Volgt.", "CE-markering. Navragen bij leverancier." */
export const LABEL_PLACEHOLDER = /^\s*[^.;:]{2,60}\.\s+[[(]?\s*(pm|p\.m\.|tbd|t\.b\.d\.|to be determined|to be confirmed|nader uit te werken|nader in te vullen|volgt|volgt nog|reserved|(nog )?navragen( bij [^.]{1,40})?|to be checked( with [^.]{1,40})?)\s*[.\])]?\s*$/i;

/** A topic followed by a placeholder: "Menselijk toezicht: PM", "Logging – nader uit te werken". */
export const TRAILING_PLACEHOLDER = /[:–—-]\s*[[(]?\s*(pm|p\.m\.|tbd|t\.b\.d\.|to be determined|to be confirmed|nader uit te werken|nader in te vullen|volgt|volgt nog|reserved)\s*[.\])]?\s*$/i;

/**
 * A drafter's instruction in square brackets instead of the clause: "Risk management: [To be
 * completed by the project lead]", "[Guidance G-6: insert the conformity clause here …]",
 * "[In te vullen door de projectleider]".
 */
export const BRACKETED_INSTRUCTION = /(^|[:–—-])\s*\[\s*(to be (completed|filled in|inserted|added|drafted)|guidance\b|insert\b|invullen|in te vullen|nog in te vullen|aan te vullen|instructie\b|instruction\b|note to (the )?drafter|drafting note|toelichting voor de opsteller|optioneel:|optional:)[^\]]*\]\s*\.?\s*$/i;

/** An answer that withdraws a named requirement: "Eis E-25 vervalt", "Requirement R-04 is withdrawn". */
export const WITHDRAWS_REQUIREMENT = /(\b(eis|eisen|wens|requirement|requirements|bepaling|clause|artikel|article|paragraaf|section)\b|(?<![\w-])[A-Z]{1,4}-\d{1,3}[a-z]?(?![\w-]))[^.;]{0,40}\b(vervalt|vervallen|komt te vervallen|wordt geschrapt|worden geschrapt|is withdrawn|are withdrawn|is deleted|are deleted|no longer applies|wordt (?:omgezet in )?(?:een )?wens|becomes a wish|(?:turned|converted|changed) into a wish)\b/i;
/** An amendment whose new wording binds to no result: "E-11 … wordt vervangen door 'De Provincie streeft naar …'". */
export const AMENDED_TO_AIM = /\b(vervangen door|luidt nu|komt te luiden|now reads|shall read|replaced by)\b[^]*\b(streeft|streven|strives|aims?|wens|wish|bij voorkeur|preferably)\b/i;
/** The text without quoted or bracketed insertions: "De laatste zin van eis E-14 («…») vervalt" names what it drops. */
export const withoutQuotes = (text: string): string => text.replace(/«[^»]*»|“[^”]*”|"[^"]*"|\([^)]*\)/g, "");

/**
 * The buyer finding out whether something can be done: "De provincie onderzoekt of het taalmodel in
 * de EU kan draaien", "We will explore whether the logs can be kept longer". What it explores is
 * not yet asked of anyone.
 */
export const BUYER_EXPLORES_WHETHER =
  /^\W*(\d+(\.\d+)*\.?\s+)?([\p{L}-]+\s+){1,3}?(onderzoekt|onderzoeken|verkent|verkennen|bekijkt|bekijken|gaat na|gaan na|zoekt uit|zoeken uit|explores?|investigates?|is exploring|are exploring|looks? into|(will|wil|willen|gaat|gaan|zal|zullen)\s+(explore|investigate|look into|onderzoeken|verkennen|bekijken|nagaan|uitzoeken))\s+(of|whether|if)\b/iu;

/** The buyer still to decide whether: "De Provincie bepaalt na afronding van de DPIA of een IAMA wordt uitgevoerd". */
export const BUYER_DECIDES_WHETHER =
  /^\W*(\d+(\.\d+)*\.?\s+)?([\p{L}-]+\s+){1,3}?(bepaalt|bepalen|beslist|beslissen|besluit|besluiten|decides|decide|determines|will decide|will determine)\s+([^.;,]{0,60}?\s)?(of|whether)\s/iu;

/** "Of er een IAMA komt, besluit de Provincie later", "Welke delen …, spreken partijen af na gunning", "Whether … will be decided": the decision is deferred. */
// A short clause title may stand before it ("7.2 Algoritmeregister. Of en in welke categorie …, besluit de Provincie na de gunning").
export const WHETHER_LATER = /^\s*(\d+(\.\d+)*\.?\s+)?([^.;:?]{1,60}[.:]\s+)?(of|whether|welke|wie|hoe|wanneer|which|who|how|when)\s[^.;]{3,300}?,\s*(besluit|besluiten|beslist|beslissen|bepaalt|bepalen|bekijkt|bekijken|beoordeelt|beoordelen|bespreken|spreken|spreekt|wordt|worden|will|is to be|shall be decided|shall be agreed)\b/i;

/** "Over publicatie in het Algoritmeregister besluiten de gemeenten na afronding van de IAMA": decided on later. */
export const DECIDED_ON_LATER = /^\s*(\d+(\.\d+)*\.?\s+)?(over|omtrent|about)\s[^.;]{3,200}?\b(besluit|besluiten|beslist|beslissen|wordt besloten|wordt beslist|decides|decide|will decide|will be decided|is to be decided)\b[^.;]{0,80}?\b(na|later|nadat|after|later|once)\b/i;

/** A bare open question in the form of a sentence: "Of er een verwerkersovereenkomst nodig is." */
export const WHETHER_NEEDED = /^\s*(\d+(\.\d+)*\.?\s+)?([^.;:?]{1,60}[.:]\s+)?(of|whether)\s[^,.;]{3,200}\b(nodig|vereist|noodzakelijk|verplicht|needed|required|necessary)\b[^,.;]{0,20}[.?]?\s*$/i;

/** Whether something is needed is still to be judged: "De Provincie beoordeelt per Bestelling of een DPIA nodig is". */
/** "Whether a DPIA is required is assessed by each Contracting Authority": the need is judged later. */
export const WHETHER_JUDGED = /\b(of|whether)\s[^,.;]{3,200}\b(nodig|vereist|noodzakelijk|verplicht|needed|required|necessary)\s+(is|are|wordt|worden)\s+(assessed|decided|determined|judged|considered|beoordeeld|bepaald|besloten|bekeken)\b/i;
/** The same judgement in the active voice: "Wij laten onderzoeken of een DPIA alsnog nodig is", "The Authority will assess whether a DPIA is required". */
export const JUDGES_WHETHER_NEEDED =
  /\b(onderzoek(t|en)|beoordeel(t|en)|bekijk(t|en)|gaa?t na|nagaan|bepaal(t|en)|investigat(e|es|ing)|assess(es|ing)?|determin(e|es|ing)|examin(e|es|ing)|review(s|ing)?)\s+(of|whether)\s[^,.;]{3,120}\b(nodig|vereist|noodzakelijk|needed|required|necessary)\b/i;

/**
 * A duty left to a party's own judgement: "as and when Vendor considers appropriate", "any data
 * protection impact assessment that Customer deems necessary", "wanneer de privacy officer dat nodig
 * acht". What is done is up to the judge; what a party must supply on the other's judgement ("all
 * information the Province deems necessary") stays a duty.
 */
export const AS_JUDGED_NEEDED = new RegExp(
  String.raw`\b(as and when|when|whenever|where|if|as|to the extent(?: that)?|for as long as|as long as|any [^,.;]{3,60}? that|which|wanneer|als|indien|voor zover|zolang|zo lang|eventuele [^,.;]{3,60}? die)\s+` +
    String.raw`(?:(?:the|de|het|een|haar|zijn|its)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+` +
    String.raw`(?:(?:deems?|considers?|judges?|finds?)\s+(?:it\s+)?(?:necessary|appropriate|fit|required|needed)|(?:dat|dit|het)?\s*(?:nodig|noodzakelijk|gewenst|passend)\s+(?:acht|achten|vindt|vinden))\b`,
  "iu",
);
/** What one party supplies at the other's discretion: information, access, assistance. */
export const SUPPLIED_AS_NEEDED = /\b(information|informatie|inlichtingen|assistance|medewerking|cooperation|support|ondersteuning|access|toegang|inzage|documents|documentatie|documentation|gegevens)\b[^,.;]{0,40}$/i;

/** How or when still to be agreed: "stemt in de implementatiefase af op welke wijze en wanneer …". */
export const HOW_AGREED_LATER = /\b(stemt|stemmen|spreekt|spreken)\b[^.;]{0,100}\b(af|overeen)\s+(op welke wijze|hoe|wanneer)\b/i;
/**
 * Arrangements on a topic that a later agreement will hold: "Afspraken over hertraining worden
 * opgenomen in de dienstverleningsovereenkomst", "Arrangements for retraining will be set out in each
 * call-off". An attached annex holds them already.
 */
export const ARRANGEMENTS_LATER = /^\W*([A-Z]?\.?\d+(\.\d+)*\.?\s+)?(nadere\s+|verdere\s+|further\s+)?(afspraken|arrangements|agreements)\s+(over|omtrent|inzake|ten aanzien van|met betrekking tot|on|for|regarding|concerning)\b(?![^.;]*\b(bijlage|annex|schedule|appendix)\s+[\dA-Z])[^.;]{0,200}\b(worden|zullen|will be|shall be|are to be)\b[^.;]{0,80}\b(opgenomen|vastgelegd|gemaakt|uitgewerkt|set out|laid down|included|recorded|made|agreed)\b/i;
export const NEED_OPEN = /\b(beoordeelt|beoordelen|bepaalt|bepalen|besluit|beslist|beslissen|assesses|assess|decides|decide|determines|determine|considers)\s+([\p{L}-]+\s+){0,8}?(of|whether)\s[^.;]{0,200}?\b(nodig|vereist|noodzakelijk|verplicht|required|necessary|needed|mandatory|moet worden|moeten worden|must be|should be|has to be)\b/iu;
/**
 * NEED_OPEN, after a cheap test for one of its verbs: as a Unicode expression it is the costliest
 * of the modality rules, and nearly every passage lacks the verbs. "ſ" stands in the test because
 * under the `u` flag it matches "s"; nothing else outside ASCII matches these letters.
 */
export const needOpen = (text: string): boolean => NEED_OPEN_VERB.test(text) && NEED_OPEN.test(text);
const NEED_OPEN_VERB = /beoorde|bepa|besl|assess|decide|determine|consider|ſ/i;

/** A list item that leaves a question open: "(d) determining whether a DPIA is required …". */
export const DETERMINING_WHETHER = /^\W*(\(?[a-z0-9]{1,3}[.)]\s*)?(determining|deciding|assessing|considering|bepalen|beoordelen|besluiten)\s+(whether|of)\b/i;

/** A duty that starts only when a party chooses so: "Indien de Provincie besluit …", "should it decide to …". */
export const CHOICE_CONDITION = /^\s*([A-Z]?[\d.]+\s+)?(indien|als|wanneer|mocht|ingeval|if|where|should|in the event that|in case)\s+([\p{L}-]+\s+){1,3}?(besluit|beslist|besluiten|kiest|kiezen|decides|decide|chooses|elects|opts)\b/iu;

/** A duty that holds only if a later order says so: "… wordt uitgevoerd indien de Bestelling dat bepaalt", "if the call-off so provides". */
export const IF_ORDER_SAYS = /\b(indien|als|wanneer|voor zover|if|where|to the extent)\s+(de |het |the |a |an )?(bestelling|nadere overeenkomst|opdrachtbevestiging|deelopdracht|order|call-off|call off)\s+(dat |dit |this |so |it )?(bepaalt|voorschrijft|vermeldt|specifies|provides|requires|states)\b/i;

/** A choice left to the buyer at the end of a sentence: "…, if the Province elects to carry out a DPIA". */
export const TRAILING_CHOICE = /,\s*(if|where|should|indien|als|wanneer|mocht)\s+(the |de |het )?[\p{L}-]+\s+(elects|decides|chooses|opts|besluit|kiest)\s+(to|om|te)\b/iu;

/** A duty tied to an option the buyer may call off ("Where a Province calls off Option B, …"): nothing binds until it does. */
export const OPTION_CONDITION = /^\s*([A-Z]?[\d.]+\s+)?(indien|als|wanneer|mocht|ingeval|if|where|should|in the event that|in case)\s+([\p{L}-]+\s+){1,3}?(afroept|afroepen|afneemt|afnemen|calls off|call off|exercises|exercise)\b/iu;

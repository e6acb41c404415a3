import MASHCore

/// Which records are compared at all: a record is a candidate for a query when they share a blocking key.
///
/// The keys, each a cheap test that true matches nearly always pass and most non-matches fail:
/// - `nhs:` the NHS number; `upn:` the UPN; `id:` the agency's own person id;
/// - `sfy:` sound code of a surname part + sound class of the forename's initial (or of a formal name it
///   is short for) + year of birth ("?" when unknown), so typos late in a name, nicknames, half of a
///   double-barrelled surname and day/month slips still meet;
/// - `fd:` sound code of the forename (or its formal name) + full date of birth, for changed or misspelt surnames;
/// - `pf:` postcode + forename initial class, for a wrong or missing date of birth at a known address;
/// - for `mash link` also (`clusteringKeys`): the exchanged-name forms, `sd:` surname sound code + date of
///   birth, `ls:` first line + surname code, `ts:` town + surname code + initial, and `em:`, `ph:`, `ix:`
///   the email address, telephone number and other identifier; `dob:` the date of birth and `pc:` the
///   postcode alone, for records whose names are both misspelt or missing.
///
/// A record is indexed under `indexKeys`; a query looks up `queryKeys`, which add the forename/surname
/// exchanged forms and the year-unknown form.
public enum BlockingKeys {
    /// The keys to index an identity under.
    public static func indexKeys(for identity: PersonIdentity) -> [BlockingKey] {
        var texts = identifierTexts(identity, includePersonId: true)
        for name in identity.names { nameTexts(name, identity, year: yearText(identity), into: &texts) }
        return unique(texts)
    }

    /// The keys `mash link` blocks a file on, every record against every other: the index keys of the
    /// record as written and with forename and surname exchanged, surname sound code with the full date of
    /// birth (a misspelt forename and a wrong postcode), and the first line of the address or the town with
    /// the surname sound code and forename initial (a wrong postcode and no date of birth).
    public static func clusteringKeys(for identity: PersonIdentity) -> [BlockingKey] {
        var texts = identifierTexts(identity, includePersonId: true)
        if let email = identity.email { texts.append("em:" + email) }
        if let phone = identity.phone { texts.append("ph:" + phone) }
        if let other = identity.identifier { texts.append("ix:" + other) }
        // The date of birth alone and the postcode alone: records whose names are both wrong.
        if let date = identity.dateOfBirth { texts.append("dob:" + date.iso8601) }
        if let postcode = identity.postcode { texts.append("pc:" + postcode) }
        for name in identity.names {
            for form in [name, name.swapped] {
                nameTexts(form, identity, year: yearText(identity), into: &texts)
                guard let surname = form.surname else { continue }
                for part in surname.tokens {
                    if let date = identity.dateOfBirth { texts.append("sd:\(PhoneticCode.of(part))|\(date.iso8601)") }
                    if let line = identity.addressLine { texts.append("ls:\(line)|\(PhoneticCode.of(part))") }
                    if let town = identity.town, let forename = form.forename {
                        for initial in initialClasses(forename) { texts.append("ts:\(town)|\(PhoneticCode.of(part))|\(initial)") }
                    }
                }
            }
        }
        return unique(texts)
    }

    /// The keys to look up for a query identity.
    public static func queryKeys(for identity: PersonIdentity) -> [BlockingKey] {
        var texts = identifierTexts(identity, includePersonId: true)
        for name in identity.names {
            for form in [name, name.swapped] {
                nameTexts(form, identity, year: yearText(identity), into: &texts)
                // Records that do not know the date of birth.
                if identity.dateOfBirth != nil { surnameYearTexts(form, year: "?", into: &texts) }
            }
        }
        return unique(texts)
    }

    /// The key under which people at one address are found: canonical postcode + normalised first line.
    public static func addressKey(postcode: String?, addressLine: String?) -> BlockingKey? {
        guard let postcode, let addressLine, !addressLine.isEmpty else { return nil }
        return BlockingKey("adr:\(postcode)|\(addressLine)")
    }

    private static func identifierTexts(_ identity: PersonIdentity, includePersonId: Bool) -> [String] {
        var texts: [String] = []
        if let nhs = identity.nhsNumber { texts.append("nhs:" + nhs) }
        if let upn = identity.upn { texts.append("upn:" + upn) }
        if includePersonId, let id = identity.agencyPersonId { texts.append("id:" + id) }
        return texts
    }

    private static func nameTexts(_ name: PersonName, _ identity: PersonIdentity, year: String, into texts: inout [String]) {
        surnameYearTexts(name, year: year, into: &texts)
        guard let forename = name.forename else { return }
        if let date = identity.dateOfBirth {
            for form in Nicknames.blockingForms(of: forename.first) {
                texts.append("fd:\(PhoneticCode.of(form))|\(date.iso8601)")
            }
        }
        if let postcode = identity.postcode {
            for initial in initialClasses(forename) { texts.append("pf:\(postcode)|\(initial)") }
        }
    }

    private static func surnameYearTexts(_ name: PersonName, year: String, into texts: inout [String]) {
        guard let surname = name.surname, let forename = name.forename else { return }
        let initials = initialClasses(forename)
        for part in surname.tokens {
            let code = PhoneticCode.of(part)
            for initial in initials { texts.append("sfy:\(code)|\(initial)|\(year)") }
        }
    }

    private static func initialClasses(_ forename: NameForm) -> [String] {
        var classes: [String] = []
        for form in Nicknames.blockingForms(of: forename.first) {
            let initial = PhoneticCode.initialClass(form)
            if !classes.contains(initial) { classes.append(initial) }
        }
        return classes
    }

    private static func yearText(_ identity: PersonIdentity) -> String {
        identity.dateOfBirth.map { String($0.year) } ?? "?"
    }

    private static func unique(_ texts: [String]) -> [BlockingKey] {
        var seen = Set<BlockingKey>()
        return texts.map(BlockingKey.init).filter { seen.insert($0).inserted }
    }
}

import MASHCore

/// Invents the person who makes a referral, as each source would sign it.
enum ReferrerCatalogue {
    /// A referrer for `source` writing about `theme`; `school` names the child's school for school referrals.
    static func referrer(for source: ReferralSource, theme: ReferralTheme, school: String, random: inout SeededRandom) -> Referrer {
        let sex: Sex = random.chance(0.6) ? .female : .male
        let forename = random.element(of: ForenameCatalogue.names(for: sex))
        let surname = random.element(of: SurnameCatalogue.all)
        let name = forename + " " + surname
        let email = emailName(forename) + "." + emailName(surname)
        func professional(_ role: String, _ organisation: String, _ domain: String, title: String = "") -> Referrer {
            Referrer(agency: source.agency, name: title + name, role: role, organisation: organisation, contact: email + "@" + domain)
        }
        switch source {
        case .police:
            let collar = String(1000 + random.below(9000))
            let role = switch theme {
            case .missing: "Missing persons coordinator"
            case .exploitation: "Child exploitation team officer"
            case .domesticAbuse: random.element(of: ["Response officer", "Domestic abuse investigation officer"])
            default: random.element(of: ["Response officer", "Public protection unit officer", "Neighbourhood officer"])
            }
            return professional(
                role,
                "Northfield Police", "northfield-police.example", title: random.element(of: ["PC ", "PC ", "DC ", "PS "]) + collar + " "
            )
        case .schools:
            return professional(random.element(of: ["Designated safeguarding lead", "Deputy designated safeguarding lead", "Headteacher"]), school, "schools.northfield.example")
        case .educationServices:
            return professional("Education welfare officer", "Northfield Council Education Services", "northfield-council.example")
        case .generalPractitioner:
            return professional("GP", random.element(of: StreetCatalogue.roots) + " Medical Centre", "nhs.example", title: "Dr ")
        case .healthVisitor:
            return professional("Health visitor", "Northfield Community Health NHS Trust", "nhs.example")
        case .schoolNurse:
            return professional("School nurse", "Northfield Community Health NHS Trust", "nhs.example")
        case .otherPrimaryHealthServices:
            return professional("Community midwife", "Northfield Community Health NHS Trust", "nhs.example")
        case .accidentAndEmergency:
            return professional("Safeguarding nurse, emergency department", "Northfield General Hospital", "nhs.example")
        case .otherHealthServices:
            return professional(random.element(of: ["CAMHS practitioner", "Clinical psychologist", "Paediatrician"]), "Northfield CAMHS", "nhs.example")
        case .housing:
            return professional("Housing officer", "Northfield Homes", "northfield-homes.example")
        case .localAuthoritySocialCare:
            return professional("Social worker", "Northfield Children's Services", "northfield-council.example")
        case .localAuthorityOtherInternal:
            return professional(random.element(of: ["Early help practitioner", "Family support worker", "Youth justice worker"]), "Northfield Council", "northfield-council.example")
        case .localAuthorityExternal:
            return professional("Social worker", random.element(of: ["Southmoor", "Easterby", "Westmarsh"]) + " Council Children's Services", "other-council.example")
        case .otherLegalAgency:
            return random.chance(0.6)
                ? professional("Probation officer", "Northfield Probation Delivery Unit", "probation.example")
                : professional("Family court adviser", "Cafcass", "cafcass.example")
        case .other:
            return Referrer(
                agency: nil, name: name,
                role: random.element(of: ["Youth worker", "Project worker", "Football coach", "Faith leader", "Nursery manager"]),
                organisation: random.element(of: ["Northfield Youth Project", "Northfield Food Bank", "Riverside Community Church", "Eastfield Football Club", "Little Acorns Nursery"]),
                contact: fictionalPhoneNumber(&random)
            )
        case .familyRelativeOrCarer:
            return Referrer(agency: nil, name: name, role: random.element(of: ["Grandparent", "Aunt", "Uncle", "Non-resident parent"]), contact: fictionalPhoneNumber(&random))
        case .acquaintance:
            return Referrer(agency: nil, name: name, role: random.element(of: ["Neighbour", "Family friend", "Childminder"]), contact: fictionalPhoneNumber(&random))
        case .selfReferral:
            return Referrer(agency: nil, name: name, role: "Self", contact: fictionalPhoneNumber(&random))
        case .otherIndividual:
            return Referrer(agency: nil, name: name, role: "Member of the public", contact: random.chance(0.5) ? fictionalPhoneNumber(&random) : nil)
        case .anonymous, .unknown:
            return Referrer(agency: nil, name: "Anonymous")
        }
    }

    /// A mobile number in Ofcom's range reserved for drama (07700 900000-900999), so it rings nobody.
    private static func fictionalPhoneNumber(_ random: inout SeededRandom) -> String {
        "07700 900" + ZeroPadded.digits(random.below(1000), width: 3)
    }

    /// The name's ASCII letters in lower case, for a made-up email address.
    private static func emailName(_ name: String) -> String {
        var letters: [UInt8] = []
        letters.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte + 32)
            default: continue
            }
        }
        return String(decoding: letters, as: UTF8.self)
    }
}

/// The m and u probabilities behind every field comparison (Fellegi-Sunter): each level's weight is
/// log2(m / u). Defaults are set from how agencies' records differ in practice (typing errors, short
/// forenames, swapped dates, moves) and how often unrelated people agree by chance.
public struct MatchWeights: Sendable, Hashable, Codable {
    /// Forename levels. Default `NameWeights.forename` (exact m 0.86 u 0.01; differs m 0.03 u 0.964).
    public var forename = NameWeights.forename
    /// Surname levels. Default `NameWeights.surname` (exact m 0.85 u 0.004; differs m 0.06 u 0.98).
    public var surname = NameWeights.surname
    /// Dates of birth equal. Default m 0.88, u 0.00005 (one day in about 55 years).
    public var birthExact = AgreementProbabilities(m: 0.88, u: 0.000_05)
    /// Day and month swapped. Default m 0.015, u 0.00005.
    public var birthSwapped = AgreementProbabilities(m: 0.015, u: 0.000_05)
    /// One digit off or two digits transposed. Default m 0.03, u 0.001.
    public var birthOneDigitOff = AgreementProbabilities(m: 0.03, u: 0.001)
    /// Only the year known on one side. Default m 0.02, u 0.0004.
    public var birthYearOnly = AgreementProbabilities(m: 0.02, u: 0.000_4)
    /// Same year, otherwise different. Default m 0.005, u 0.012.
    public var birthSameYear = AgreementProbabilities(m: 0.005, u: 0.012)
    /// Different dates of birth. Default m 0.05, u 0.987.
    public var birthDiffers = AgreementProbabilities(m: 0.05, u: 0.987)
    /// Same postcode and first line. Default m 0.6, u 0.001 (households share addresses, so not rarer).
    public var sameAddress = AgreementProbabilities(m: 0.6, u: 0.001)
    /// Same postcode, first lines alike. Default m 0.1, u 0.002.
    public var samePostcodeLineAlike = AgreementProbabilities(m: 0.1, u: 0.002)
    /// First lines alike under different postcodes. Default m 0.02, u 0.002.
    public var lineAlike = AgreementProbabilities(m: 0.02, u: 0.002)
    /// Same postcode only. Default m 0.1, u 0.004.
    public var samePostcode = AgreementProbabilities(m: 0.1, u: 0.004)
    /// The same first line under a different postcode (a mistyped postcode). Default m 0.02, u 0.0002.
    public var sameLine = AgreementProbabilities(m: 0.02, u: 0.000_2)
    /// Same postcode district only. Default m 0.15, u 0.05.
    public var sameDistrict = AgreementProbabilities(m: 0.15, u: 0.05)
    /// Different postcodes (people move). Default m 0.15, u 0.945.
    public var addressDiffers = AgreementProbabilities(m: 0.15, u: 0.945)
    /// Valid NHS numbers equal. Default m 0.999, u 0.0000001.
    public var nhsNumberAgrees = AgreementProbabilities(m: 0.999, u: 0.000_000_1)
    /// Valid NHS numbers different. Default m 0.002, u 0.9999999.
    public var nhsNumberDiffers = AgreementProbabilities(m: 0.002, u: 0.999_999_9)
    /// Valid UPNs equal. Default m 0.999, u 0.0000001.
    public var upnAgrees = AgreementProbabilities(m: 0.999, u: 0.000_000_1)
    /// Valid UPNs different. Default m 0.002, u 0.9999999.
    public var upnDiffers = AgreementProbabilities(m: 0.002, u: 0.999_999_9)
    /// The agency's own person id, as the referral quotes it, equal. Default m 0.95, u 0.000001.
    public var personIdAgrees = AgreementProbabilities(m: 0.95, u: 0.000_001)
    /// The agency's own person id different (agencies hold duplicates). Default m 0.05, u 0.999999.
    public var personIdDiffers = AgreementProbabilities(m: 0.05, u: 0.999_999)
    /// Town equal. Default m 0.85, u 0.05.
    public var townAgrees = AgreementProbabilities(m: 0.85, u: 0.05)
    /// Town spelled almost the same. Default m 0.05, u 0.005.
    public var townMisspelt = AgreementProbabilities(m: 0.05, u: 0.005)
    /// Town different. Default m 0.15, u 0.95.
    public var townDiffers = AgreementProbabilities(m: 0.15, u: 0.95)
    /// Email addresses equal. Default m 0.8, u 0.000001 (families share some).
    public var emailAgrees = AgreementProbabilities(m: 0.8, u: 0.000_001)
    /// Email addresses different (people have several). Default m 0.2, u 0.999999.
    public var emailDiffers = AgreementProbabilities(m: 0.2, u: 0.999_999)
    /// Telephone numbers equal. Default m 0.7, u 0.000001 (a household's landline is shared).
    public var phoneAgrees = AgreementProbabilities(m: 0.7, u: 0.000_001)
    /// Telephone numbers different. Default m 0.3, u 0.999999.
    public var phoneDiffers = AgreementProbabilities(m: 0.3, u: 0.999_999)
    /// Another identifier equal. Default m 0.95, u 0.000001.
    public var identifierAgrees = AgreementProbabilities(m: 0.95, u: 0.000_001)
    /// Another identifier different. Default m 0.05, u 0.999999.
    public var identifierDiffers = AgreementProbabilities(m: 0.05, u: 0.999_999)
    /// Sex equal. Default m 0.97, u 0.5.
    public var sexAgrees = AgreementProbabilities(m: 0.97, u: 0.5)
    /// Sex different. Default m 0.03, u 0.5.
    public var sexDiffers = AgreementProbabilities(m: 0.03, u: 0.5)
    /// Bits taken off when names only agree with forename and surname exchanged. Default 1.
    public var namesSwappedPenalty = 1.0

    /// The default weights.
    public init() {}
}

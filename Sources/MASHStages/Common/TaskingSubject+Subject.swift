import MASHCore

extension TaskingSubject {
    /// What a tasked agency may know of a subject: name, date of birth and postcode, nothing more.
    init(_ subject: Subject) {
        self.init(
            subjectId: subject.subjectId, role: subject.role, name: subject.fullName,
            dateOfBirth: subject.dateOfBirth, postcode: subject.address?.postcode
        )
    }
}

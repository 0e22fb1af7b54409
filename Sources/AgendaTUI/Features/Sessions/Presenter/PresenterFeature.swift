/// The presenter screen of a live session, for a projector: the item's clock in large digits, the
/// item's title, and who has the floor. Its keys are a few of the live session's, answered by
/// `LiveFeature.update`.
enum PresenterFeature {}

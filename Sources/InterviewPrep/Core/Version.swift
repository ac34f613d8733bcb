/// The version of interview-prep.
public enum Version {
    public static let current = "0.1.0"
}

/// What the front door answers instead of relaying: a status and one sentence for the body.
struct Refusal: Error, Equatable, Sendable {
    var status: Int
    var reason: String
    var extraHeaders: [RequestHead.Field] = []

    var phrase: String {
        switch status {
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 421: "Misdirected Request"
        case 431: "Request Header Fields Too Large"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Error"
        }
    }
}

import ArgumentParser

@main
struct Folio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Builds a college's report site: the public planning document and the committee's confidential dossiers.",
        discussion: """
        Folio reads structured data (YAML, CSV) and Markdown narratives from a content folder, \
        checks them against the ministry's indicator catalog and the college's rulebook, and writes \
        a static HTML site. Problems are reported as path:line:column: error: message, all at once.
        """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Import.self, Score.self, Serve.self, PDF.self, New.self, Templates.self, Rules.self],
        defaultSubcommand: nil
    )

    /// As ArgumentParser's own, except that a mistyped command gets a did-you-mean.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let message = UnknownCommand.message(arguments: Array(CommandLine.arguments.dropFirst()),
                                                    commands: configuration.subcommands.map { $0._commandName } + ["help"]) {
                DiagnosticPrinter.printError(message)
                exit(withError: ExitCode.failure)
            }
            exit(withError: error)
        }
    }
}

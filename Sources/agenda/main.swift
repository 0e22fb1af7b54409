import AgendaCLI

AgendaCommand.runFromCommandLine()

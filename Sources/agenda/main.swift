import AgendaCLI

AgendaCommand.main()

/// Every piece of text the interface shows: one key per string, translated in `Catalog`.
///
/// Strings with `%@` take arguments in order; `%d` marks a number.
public enum Text: String, CaseIterable, Sendable {
    // Views and chrome
    case appName, viewGoals, viewOrganizations, viewPicker
    case goalsOfTotal, noGoalsMatch, noGoals, noOrganizations, loading
    case filterLabel, searchLabel, sortLabel, clearFiltersHint
    case terminalTooSmall, terminalTooSmallNeeds
    case loadErrorTitle, loadErrorHint
    // Columns
    case columnID, columnTitle, columnName, columnStatus, columnOwners, columnOrganizations, columnProgress, columnDue
    case columnCountry, columnKind, columnCommunities, columnGoals, columnAgenda, columnLastChange, columnFile
    // Detail
    case detailArea, detailParent, detailStatus, detailProgress, detailSubGoalProgress, detailPriority, detailDue
    case detailLevel, detailCountries, detailOwners, detailOrganizations, detailTags, detailSource, detailCreated
    case detailUpdated, detailDescription, detailSubGoals, detailNotes, detailHistory, detailNone, overdue
    case detailLinkedGoals, detailCity, detailContact, historyCreated
    // Statuses, priorities, levels, kinds
    case statusProposed, statusActive, statusBlocked, statusAchieved, statusDropped
    case priorityLow, priorityMedium, priorityHigh
    case levelHemispheric, levelBinational, levelNational, levelState, levelMunicipal
    case kindFederation, kindHometownAssociation, kindNGO, kindFaithBased, kindUnion, kindLegislature
    case kindGovernmentOffice, kindAcademic, kindOther
    // Menus
    case filterMenuTitle, filterStatus, filterArea, filterOwner, filterOrganization, filterCountry, filterAny
    case sortMenuTitle, sortFile, sortDue, sortProgress, sortStatus, sortTitle
    case menuHint
    // Help
    case helpTitle, helpFooter, helpSectionMove, helpSectionView, helpSectionSearch, helpSectionApp
    // Actions' help texts
    case actionMoveUp, actionMoveDown, actionPageUp, actionPageDown, actionTop, actionBottom
    case actionOpen, actionBack, actionToggleFold, actionFoldAll, actionUnfoldAll
    case actionSearch, actionFilterMenu, actionSortMenu, actionClearFilters
    case actionNextView, actionShowGoals, actionShowOrganizations, actionHelp, actionQuit
    case actionDetailUp, actionDetailDown, actionPicker
    case actionSearchKeep, actionSearchClear, actionMenuChoose, actionMenuClose
    // Short labels for the key-hint bar
    case hintMove, hintOpen, hintFold, hintSearch, hintFilter, hintSort, hintViews, hintHelp, hintQuit, hintBack
    case hintKeep, hintClear, hintChoose, hintClose, hintScroll
    case actionUnfold, actionFoldOrParent, searchQuoted, quoted, loadErrorMissingHint, fieldParent
    // Editing
    case actionMenuToggle, actionNewGoal, actionNewSubGoal, actionEdit, actionView
    case actionSetStatus, actionProgressUp, actionProgressDown, actionAddNote, actionDelete
    case actionMove, actionUndo, actionRedo, actionNewOrganization, actionShowOrganizationGoals
    case actionNextField, actionPreviousField, actionSave, actionCancel, actionAnswer
    case actionConfirmYes, actionConfirmNo, helpSectionEdit, helpFieldMove, helpFieldDelete
    case helpFieldEnter, helpFieldUpDown, hintEdit, hintNew, hintUndo
    case hintGoals, hintOK, hintCancel, hintSave, hintYes
    case hintNo, hintNextField, fieldTitle, fieldID, fieldContactName
    case fieldEmail, fieldPhone, editGoalTitle, editOrganizationTitle, newOrganizationTitle
    case problemEmpty, problemProgress, problemDate, problemCountry, problemSlug
    case problemTaken, promptNewGoal, promptNewSubGoal, promptNote, promptHint
    case promptNoteHint, confirmDeleteTitle, confirmSubGoals, confirmRemoveOrganizationTitle, confirmLinkedGoals
    case confirmDiscardTitle, confirmDiscardLine, confirmQuitTitle, confirmQuitLine, confirmHint
    case conflictsTitle, conflictsIntro, conflictYours, conflictTheirs, conflictsHint
    case labelChanged, labelAdded, labelRemoved, labelCreated, labelDeleted
    case labelDeletedTree, labelSeveral, labelOrganizationAdded, labelOrganizationChanged, labelOrganizationRemoved
    case menuAddNew, menuNoMatch, menuSearchHint, menuMultiHint, menuStatusOf
    case menuMoveTo, messageFixFields, messageNoArea, messageSelectGoal, messageNothingToUndo
    case messageNothingToRedo, messageUndid, messageRedid, messageRefused, messageRefusedOnDisk
    case messageReloaded, messageUnreadable, messageAdded, messageNotSaved, statusSaved
    case statusNotSavedYet, statusUnsaved
    // Minutes
    case minutesTitle, minutesPlace, minutesFacilitator, minutesLanguages, minutesLength
    case minutesNotClosed, minutesAttendance, minutesAttendanceCount, minutesByCountry, minutesByCommunity
    case minutesNoCommunity, minutesMissingCommunities, minutesPeople, minutesRunOfShow, minutesItemTime
    case minutesOver, minutesPresenter, minutesNotes, minutesDecisions, minutesVotes
    case minutesCarried, minutesNotCarried, minutesConsensusReached, minutesConsensusNotReached
    case minutesActions, minutesActionLine, minutesSpeakers, minutesNobodySpoke, minutesTurns
    case minutesTime, minutesByOrganization, minutesNoOrganization
    // Sessions
    case actionShowSessions, actionNewSession, actionGoLive, actionAddGoalItem, actionAddTopicItem
    case actionLongerTimebox, actionShorterTimebox, actionMoveItemUp, actionMoveItemDown, actionAttendance
    case actionStartPause, actionNextItem, actionPreviousItem, actionAddSpeaker, actionNextSpeaker
    case actionRecordDecision, actionRecordAction, actionRecordVote, actionEditNotes, actionPresenter
    case actionProgressiveQueue, actionEndSession, viewSessions, hintLive, hintAddGoal
    case hintTimebox, hintAttendance, hintClock, hintNextItem, hintSpeaker
    case hintNextSpeaker, hintDecision, hintAction, hintPresenter, hintEnd
    case fieldDate, fieldQuestion, fieldConsensus, fieldFor, fieldAgainst
    case fieldAbstain, editSessionTitle, actionItemTitle, voteTitle, voteCounted
    case problemCount, promptNewSession, promptTopic, promptDecision, promptSpeaker
    case promptItemNotes, menuAddGoalItem, menuAttendance, menuSpeakerKind, confirmDeleteSessionTitle
    case confirmEndSessionTitle, confirmEndSessionLine, messageNoItems, messageNoSpeakers, messageQueueProgressive
    case messageQueueInOrder, messageMinutesWritten, messageMinutesFailed, actionSource, interventionNewPoint
    case interventionReply, interventionQuestion, interventionPointOfOrder, sessionPlanned, sessionLive
    case sessionClosed, columnDate, columnState, columnItems, columnPlanned
    case noSessions, planTitle, planAttendance, planTotal, liveLabel
    case liveOver, liveLeft, liveMeeting, liveQueue, liveQueueProgressive
    case liveNoQueue, liveSpeaking, liveDecisions, liveActions, liveNotes
    case liveVotes, livePaused, liveNotStarted, liveNext
    case liveNoItem, planEmpty
    case liveNothingRecorded
    // Reports and reviews
    case healthOnTrack, healthAtRisk, healthOffTrack, reportTitle, reportSummary
    case reportAsOf, reportGoalsCount, reportOverdue, reportStale, reportUnreviewed
    case reportUnrepresented, reportBurnUp, reportBurnUpTotal, reportBurnUpAchieved, reportLastReview
    case reportChangesSince, reportNoChanges, reportWho, reportChange
    // Activity's sessions and undos, agenda log, the reports' meetings, charts and CSV files, the minutes' floor
    case activityKind, activityKindChange, activityKindReview, activityKindSession, activityKindDecision
    case activityKindVote, activityKindAction, activityUndone, activityRedone, activityPlanned
    case activityStarted, activityEnded, activityAttendance, activityDecision, activityVote
    case activityAction, activityWhat, activitySubject, reportMeetings, reportMeetingsNone
    case reportBurnUpDescription, reportBarsDescription, csvReviewComment, csvOrganizationsPresent
    case csvPeoplePresent, csvPlannedTime, csvTimeTaken, csvSession, csvItem
    case csvText, csvOutcome, csvRecordedAt, csvDecision, csvVote
    case privacyContactRemoved, minutesFloor, minutesAheadPointOfOrder, minutesAheadProgressive, minutesReasonFirstTime
    case minutesReasonUnheard, minutesStillWaiting, minutesNamed, minutesSpokeSummary
    // Deleted goals: their trace in Activity and reports, and bringing them back
    case activityDeleted, activityRestoredBy, historyRestored, labelRestored, confirmRestoreTitle
    case confirmRestoreLine, confirmRestoreSubGoals, messageAlreadyBack, hintOpenOrRestore, actionShowOrRestore
    // Dashboard and activity
    case viewDashboard, viewActivity, columnOverdue, columnStale, actionShowDashboard
    case actionShowActivity, actionReview, actionWriteReport, actionShowFigure, actionActivityFilter
    case hintReport, hintReview, dashboardAreas, dashboardBurnUp
    case dashboardGrid, dashboardRepresentation, dashboardOrganizations, dashboardReviews, dashboardUnrepresented
    case dashboardUnreviewed, dashboardServes, dashboardNoLevel, dashboardAll, dashboardOverdueFigure
    case dashboardStaleFigure, dashboardUnrepresentedFigure, dashboardLinked, dashboardAchieved, dashboardCell
    case dashboardBurnUpLegend, figureLabel, menuFigures, menuReportFormat, reportMarkdown
    case reportHTML, reportCSV, messageReportWritten, messageReportFailed, activityCount
    case activitySince, activityNone, activityFilterTitle, activityPerson, promptSince
    case reviewTitle, fieldHealth, fieldComment, messageReviewed, flagGoalUnrepresented
    case flagSessionUnrepresented, dashboardLegendStale, filterNotReviewedSince, promptNotReviewedSince
    case statusSavedShort, messagePasteNowhere, fieldReview, formChoiceHint, formMultiHint, promptFilterHint
    case actionEditOrganization, actionEditGoal, actionEditSession, dashboardUnrepresentedGoals
    case messageGoalRenamed, messageQuitAfterSave, statusSaving, statusSavingShort
    // Live sessions: presenters, guests' organizations, communities
    case actionSetPresenter, promptPresenter, menuSpeakerOrganization, communityAfroLatino
    case communityIndigenous, communityWomen, communityYouth, communityFarmworkers, communityDominican
    case communityMexican, communityElders, communityDomesticWorkers, communityStudents, communityLgbtq
    case communityGuatemalan, communitySalvadoran, communityHonduran, communityNicaraguan, communityCuban
    case communityHaitian, communityPuertoRican, communityColombian, communityVenezuelan, communityEcuadorian
    case communityPeruvian, communityBolivian, communityBrazilian
    // Merge conflicts
    case viewConflicts, actionShowConflicts, actionChooseSide, conflictsCount, conflictsNone, conflictBothChanged
    case conflictDeletedChanged, conflictTwoWay, conflictNow, conflictDelete, conflictKeep, menuConflictChoose
    case messageConflictSettled, conflictEmpty, conflictKeepSession, conflictsInHeader, conflictTheAgenda, columnField
    // People and areas
    case viewPeople, noPeople, columnLanguages, fieldLanguages, actionNewPerson, actionEditPerson, actionRemovePerson
    case newPersonTitle, confirmRemovePersonTitle, confirmPersonUses, confirmPersonUnlinked, labelPersonAdded
    case labelPersonChanged, labelPersonRemoved, detailOwnsGoals, detailAttended, menuPersonOrganization
    case messagePersonJoined, confirmMarkPresentTitle, confirmMarkPresentLine, actionNewArea, actionEditGoalOrArea
    case actionMoveGoalOrArea, actionDeleteGoalOrArea, newAreaTitle, editAreaTitle, menuAreaPosition, areaPositionFirst
    case areaPositionAfter, confirmRemoveAreaTitle, menuAreaGoalsTo, labelAreaAdded, labelAreaChanged, labelAreaMoved
    case labelAreaRemoved, problemTakenName, actionShowPeople, hintPeople
    case columnOrganization, noOrganization
    case actionOpenGoalOrArea, problemAreaName, messageNoOtherArea, menuMultiHintTyped, messagePeopleJoined
    case translationStaleFrom, translationConfirmed, translationRewritten, markStale, translateTitle, actionTranslate
    case actionConfirmTranslation, menuTranslateInto, messageNothingToTranslate, filterNeedsTranslation, dashboardTranslations
    case dashboardTranslationLine, messageTranslationConfirmed, detailOriginal, fieldTopic, messageUndidChange
    case messageRedidChange, noParent, voteSentence, noOne, confirmQuitTypedTitle, confirmQuitTypedLine, errorNoSuchText
    // The command line: its messages, the model's refusals, the store's and the validator's messages in
    // the interface's language, and the argument parser's words
    case cliQuoted, listOr, cliLabelColon, cliParserError, cliUsageLine, cliHelpLine, cliSeeHelp, cliSeeDetailedHelp
    case cliHelpOverview, cliHelpUsage, cliHelpArguments, cliHelpOptions, cliHelpSubcommands, cliHelpShowHelp
    case cliHelpShowVersion, cliHelpDefault, cliHelpValues, cliHelpDefaultCommand
    case cliUnknownOption, cliUnknownOptionSuggestion
    case cliMissingArgument, cliMissingValue, cliMissingSubcommand, cliUnexpectedArgument, cliUnexpectedArguments
    case cliInvalidValue, cliUnknownCommand, cliDidYouMean, cliClosest, cliNotALanguage, cliNotAStatus
    case cliNotAPriority, cliNotALevel, cliNotAKind, cliNotAHealth, cliNotAProgress, cliNotADate, cliNotADateOrNone
    case cliNotACountry, cliNotASlug, cliNotAPosition, cliEmptyValue, cliNotAnItem, cliNotATopic, cliGiveAField
    case cliGiveAnAreaField, cliGiveAPersonField, cliGiveAFile, cliGiveArea, cliGiveOrganizationName
    case cliGiveOrganizationCountry, cliTwoWayFiles, cliThreeFiles, cliBackupNumber, cliParentOrArea, cliSubGoalArea
    case cliHasSubGoals, cliDeletedOne, cliDeletedMany, cliNothingChanged, cliCreated, cliCannotMakeFolder
    case cliNoAgendaFiles, cliNoSuchOwner, cliAddUnlink, cliPersonAttends, cliPersonOwns, cliPersonAttendsAndOwns
    case cliAddUnlinkPerson, cliPersonRemoved, cliPosition, cliAreaPosition, cliReviewed, cliReviews
    case cliOpenConflicts, cliConflictBothChanged, cliConflictDeletedChanged, cliConflict, cliConflictLine
    case cliOpenConflictCount, cliValidFile, cliRenamed, cliMergedClean, cliMergedWith, cliMergedWithEarlier
    case cliSettleConflicts, cliNoBackups, cliBackupsOf, cliBackupSaved, cliBackupSize, cliBackupGoals
    case cliUnreadable, cliBringBack, cliBackupVersion, cliRestored, cliAlreadyHolds, cliWrittenAgain
    case cliSummaryMore, cliNotATerminal, cliUseSubcommands, errorNoSuchGoal, errorNoSuchArea
    case errorNoSuchOrganization, errorNoSuchPerson, errorNoSuchSession, errorNoSuchItem, errorNoSuchConflict
    case errorDuplicateID, errorInvalidGoalField, errorInvalidField, errorCycle, errorInUse, fileNothingWritten
    case fileNotChanged, fileNothingWrittenAfter, fileAlreadyExists, fileReadOnly, fileNoPermission, fileOthers
    case fileHardLinks, fileDanglingLink, fileIsFolder, fileCannotOpen, fileCannotRead, fileCannotWrite
    case fileCannotLock, fileCannotReplace, fileCannotCreateTemporary, fileCannotFlush, systemNoSuchFile
    case systemPermissionDenied, systemIsFolder, systemNotFolder, systemDiskFull, systemQuota, systemReadOnlyDisk
    case systemLinkLoop, nounGoal, nounArea, nounOrganization, nounPerson, nounSession, problemRecord
    case problemReviewOf, problemSubject, problemField, problemDuplicateID, problemEmptyID, problemIsEmpty
    case problemDoesNotExist, problemOutOfRange, problemBadCountry, problemBadSlug, problemNotOneOf
    case problemOwnParent, problemCycle
    // The command line's help: each subcommand's, argument's and option's
    case cmdAgendaAbstract, cmdAgendaDiscussion, cmdAgendaPath, cmdFile, cmdGoalID, cmdSessionID, cmdOrganizationID
    case cmdPersonIDArgument, cmdAreaIDArgument, cmdBy, cmdByDiscussion, cmdLang, cmdOpenAbstract, cmdOpenDiscussion
    case cmdSummaryAbstract, cmdSummaryDiscussion, cmdNewAbstract, cmdNewDiscussion, cmdNewPath, cmdNewTitle
    case cmdNewDescription, cmdNewNoAreas, cmdListAbstract, cmdListDiscussion, cmdListStatus, cmdListArea
    case cmdListOwner, cmdListOrganization, cmdListCountry, cmdListSearch, cmdListNotReviewedSince, cmdListHealth
    case cmdListSort, cmdFormatTableJSONCSV, cmdFormatTextJSON, cmdListLimit, cmdListCount, cmdShowAbstract
    case cmdAddAbstract, cmdAddDiscussion, cmdGoalTitle, cmdAddArea, cmdAddOwner, cmdAddOrganization, cmdStatusValue
    case cmdProgressValue, cmdPriorityValue, cmdDueDate, cmdAddParent, cmdLevelValue, cmdAddCountry, cmdAddTag
    case cmdAddDescription, cmdAddSource, cmdSetAbstract, cmdSetDiscussion, cmdSetTitle, cmdSetArea, cmdSetDue
    case cmdSetParent, cmdSetLevel, cmdSetDescription, cmdSetSource, cmdSetAddOwner, cmdSetRemoveOwner
    case cmdSetAddOrganization, cmdSetRemoveOrganization, cmdSetAddCountry, cmdSetRemoveCountry, cmdSetAddTag
    case cmdSetRemoveTag, cmdNoteAbstract, cmdNoteText, cmdDeleteAbstract, cmdDeleteDiscussion
    case cmdDeleteWithSubgoals, cmdOrgAbstract, cmdOrgListAbstract, cmdOrgListCountry, cmdOrgListCommunity
    case cmdOrgAddAbstract, cmdOrgID, cmdOrgCommunity, cmdOrgSetAbstract, cmdOrgAddCommunity, cmdOrgRemoveCommunity
    case cmdOrgRemoveAbstract, cmdOrgRemoveDiscussion, cmdOrgUnlink, cmdOrgName, cmdOrgCountry, cmdOrgCity
    case cmdOrgKind, cmdOrgEmail, cmdOrgPhone, cmdOrgContactName, cmdPersonAbstract, cmdPersonDiscussion
    case cmdPersonListAbstract, cmdPersonListDiscussion, cmdPersonListOrganization, cmdPersonListContact
    case cmdPersonAddAbstract, cmdPersonAddDiscussion, cmdPersonName, cmdPersonID, cmdPersonOrganization
    case cmdPersonCountry, cmdPersonCommunity, cmdPersonLanguage, cmdPersonEmail, cmdPersonPhone
    case cmdPersonSetAbstract, cmdPersonSetDiscussion, cmdPersonSetName, cmdPersonSetOrganization
    case cmdPersonSetCountry, cmdPersonAddCommunity, cmdPersonRemoveCommunity, cmdPersonAddLanguage
    case cmdPersonRemoveLanguage, cmdPersonSetEmail, cmdPersonSetPhone, cmdPersonRemoveAbstract
    case cmdPersonRemoveDiscussion, cmdPersonUnlink, cmdAreaAbstract, cmdAreaListAbstract, cmdAreaAddAbstract
    case cmdAreaID, cmdAreaName, cmdAreaDescription, cmdAreaSetAbstract, cmdAreaSetDiscussion, cmdAreaSetName
    case cmdAreaSetDescription, cmdAreaSetPosition, cmdAreaRemoveAbstract, cmdReviewAbstract, cmdReviewHealth
    case cmdReviewComment, cmdSessionAbstract, cmdSessionListAbstract, cmdSessionNewAbstract
    case cmdSessionNewDiscussion, cmdSessionTitle, cmdSessionDate, cmdSessionItem, cmdSessionTopic, cmdSessionPlace
    case cmdSessionFacilitator, cmdSessionLanguage, cmdSessionRunAbstract, cmdSessionRunDiscussion
    case cmdValidateAbstract, cmdValidateDiscussion, cmdValidateFiles, cmdMergeAbstract, cmdMergeDiscussion
    case cmdMergeTwoWay, cmdMergeFiles, cmdMergeOutput, cmdMergeNoBackup, cmdRestoreAbstract, cmdRestoreDiscussion
    case cmdRestoreNumber, cmdSyncAbstract, cmdSyncDiscussion, cmdSyncFolder, cmdSyncFolderDiscussion, cmdSyncBy
    case cmdSyncByDiscussion, cmdSyncVerbose
    // The agenda's texts in several languages on the command line: `set --in`, `area set --in`
    case cmdSetIn, cmdAreaSetIn, cliNotALanguageTag, cliInNeedsText, cliAreaInNeedsText
    // Goals counted by status in running text: "3 propuestas, 38 activas"
    case countProposed, countActive, countBlocked, countAchieved, countDropped
    // Meetings: resuming, reopening, what a closed one recorded; how progress adds up
    case detailNotStarted, dashboardNotStartedFigure, helpSectionProgress, helpProgressRule, reportNotStarted
    case actionWriteMinutes, actionReopenSession, hintMinutes, hintReopen, confirmReopenTitle, confirmReopenClosedAt
    case confirmReopenLine, closedTitle, closedOn, closedNothingRecorded, closedNoItems
    case labelSessionCreated, labelSessionDeleted, labelSessionChanged, labelSessionDetails, labelSessionProgressive
    case labelSessionAttendance, labelItemAdded, labelItemRemoved, labelItemMoved, labelItemTimebox, labelItemNotes
    case labelItemPresenter, labelClockStarted, labelClockPaused, labelItemGoneTo, labelDecision, labelVote
    case labelActionItem, labelSpeakerAdded, labelNextSpeaker, labelSpeakerRemoved, labelSessionEnded, labelSessionReopened
    case confirmResumeTitle, confirmResumeLive, confirmResumeWhere, confirmResumeLater
}

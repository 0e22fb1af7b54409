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
    case liveVotes, livePaused, liveNotStarted, liveClosed, liveNext
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
    case actionEditOrganization, actionEditGoal, actionEditSession, actionShowChangedGoal, dashboardUnrepresentedGoals
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
    case messageRedidChange, noParent, voteSentence, noOne, confirmQuitTypedTitle, confirmQuitTypedLine
}

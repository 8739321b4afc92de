// The calendar day is Kalender's Datum: every module that uses the domain uses that one type.
@_exported import Kalender

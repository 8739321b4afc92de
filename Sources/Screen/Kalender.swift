// A date field reads and shows Kalender's Datum, the one calendar-day type of the program.
@_exported import Kalender

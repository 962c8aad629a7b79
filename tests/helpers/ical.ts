/**
 * Reads an iCalendar file back with ical.js, a parser independent of the library
 * that writes the site's calendars (ical-generator), into plain event records.
 */
import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  description: string;
  url: string;
  status: string;
  sequence: number;
  /** UTC instants, ISO 8601. */
  start: string;
  end: string;
  stamp: string;
}

export interface ParsedCalendar {
  name: string;
  prodId: string;
  /** Every line of the file as sent, for checks of the raw text (folding, CRLF). */
  rawLines: string[];
  events: ParsedEvent[];
}

const text = (component: ICAL.Component, name: string): string => {
  const value = component.getFirstPropertyValue(name);
  return value === null ? "" : String(value);
};

const instant = (component: ICAL.Component, name: string): string => {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  return value.toJSDate().toISOString();
};

export function parseCalendar(source: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(source));
  return {
    name: text(calendar, "x-wr-calname"),
    prodId: text(calendar, "prodid"),
    rawLines: source.split("\r\n"),
    events: calendar.getAllSubcomponents("vevent").map((event) => ({
      uid: text(event, "uid"),
      summary: text(event, "summary"),
      location: text(event, "location"),
      description: text(event, "description"),
      url: text(event, "url"),
      status: text(event, "status"),
      sequence: Number(text(event, "sequence") || 0),
      start: instant(event, "dtstart"),
      end: instant(event, "dtend"),
      stamp: instant(event, "dtstamp"),
    })),
  };
}

/*
 * shim.h: ncurses with its wide-character API, and accessors for what Swift cannot see.
 *
 * Swift cannot import macros with arguments or computed bodies (A_BOLD, BUTTON1_PRESSED, getmaxx)
 * and refuses C globals such as stdscr and COLORS as shared mutable state in Swift 6; the small
 * static inline functions below stand in for them.
 */
#ifndef AGENDA_CNCURSES_SHIM_H
#define AGENDA_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>

#include "terminal_guard.h"

/* ---- globals --------------------------------------------------------------------------------- */

static inline WINDOW *agenda_stdscr(void) { return stdscr; }
static inline WINDOW *agenda_curscr(void) { return curscr; }
static inline int agenda_colors(void) { return COLORS; }
static inline int agenda_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *agenda_stdin(void) { return stdin; }
static inline FILE *agenda_stdout(void) { return stdout; }
static inline int agenda_width(WINDOW *window) { return getmaxx(window); }
static inline int agenda_height(WINDOW *window) { return getmaxy(window); }

/* ---- attributes ------------------------------------------------------------------------------ */

static inline attr_t agenda_attr_normal(void) { return A_NORMAL; }
static inline attr_t agenda_attr_bold(void) { return A_BOLD; }
static inline attr_t agenda_attr_dim(void) { return A_DIM; }
static inline attr_t agenda_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t agenda_attr_reverse(void) { return A_REVERSE; }
static inline attr_t agenda_attr_italic(void) { return A_ITALIC; }

/* ---- mouse ----------------------------------------------------------------------------------- */

static inline mmask_t agenda_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t agenda_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t agenda_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t agenda_button5_pressed(void) { return BUTTON5_PRESSED; }

/* ---- locale ---------------------------------------------------------------------------------- */

/* The character set of the current LC_CTYPE, such as "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *agenda_codeset(void) { return nl_langinfo(CODESET); }

/* glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's view of the headers lacks. */
extern int wcwidth(wchar_t);

/* wcwidth under the current locale: what ncurses will think a scalar occupies. */
static inline int agenda_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

/* ---- drawing --------------------------------------------------------------------------------- */

/* Draws one cell: a grapheme of up to CCHARW_MAX scalars (a spacing one, then the rest; unused
 * slots 0) with attributes and a colour pair, at a row and column. ERR at the bottom-right cell
 * only means the cursor could not advance; the character is drawn. */
static inline int agenda_put_cell(WINDOW *window, int y, int x,
                                  uint32_t c0, uint32_t c1, uint32_t c2, uint32_t c3, uint32_t c4,
                                  attr_t attributes, int pair) {
    wchar_t text[CCHARW_MAX + 1] = { (wchar_t)c0, (wchar_t)c1, (wchar_t)c2, (wchar_t)c3, (wchar_t)c4, 0 };
    cchar_t cell;
    int extended = pair;
    if (setcchar(&cell, text, attributes, (short)(pair > SHRT_MAX ? 0 : pair),
                 pair > SHRT_MAX ? (void *)&extended : NULL) == ERR) {
        return ERR;
    }
    return mvwadd_wch(window, y, x, &cell);
}

/* ---- terminal modes -------------------------------------------------------------------------- */

/* Turns off XON/XOFF flow control, so Ctrl-S and Ctrl-Q reach the program as keys instead of
 * freezing the output; ncurses' cbreak() leaves it on. Then saves the result as ncurses' program
 * mode, which it restores when coming back from endwin(). */
static inline void agenda_disable_flow_control(int fd) {
    struct termios modes;
    if (tcgetattr(fd, &modes) == 0) {
        modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        tcsetattr(fd, TCSANOW, &modes);
    }
    def_prog_mode();
}

/* Whether the terminal type TERM names can move the cursor anywhere on the screen (terminfo's cup),
 * which a full screen needs: 1 it can, 0 it cannot (TERM=dumb, a printing terminal), -1 the type is
 * unknown or TERM is unset. Only reads the terminfo entry, before ncurses starts: writes nothing. */
static inline int agenda_terminal_addresses_cursor(int fd) {
    int error = 0;
    TERMINAL *before = cur_term;
    if (setupterm(NULL, fd, &error) != OK) {
        return -1;
    }
    const char *cup = tigetstr("cup");
    int addresses = cup != NULL && cup != (const char *)-1 && tigetflag("hc") <= 0;
    del_curterm(cur_term);
    set_curterm(before);
    return addresses;
}

/* Builds the guard's restoring sequence from terminfo (after setupterm): mouse reporting and
 * bracketed paste off, keypad transmit off, attributes off, cursor shown, alternate screen left. */
static inline void agenda_guard_capture_sequence(void) {
    agenda_guard_clear_sequence();
    agenda_guard_append("\033[?1000l\033[?1002l\033[?1003l\033[?1005l\033[?1006l\033[?2004l");
    agenda_guard_append(tigetstr("rmkx"));
    agenda_guard_append(tigetstr("sgr0"));
    agenda_guard_append(tigetstr("cnorm"));
    agenda_guard_append(tigetstr("rmcup"));
}

#endif

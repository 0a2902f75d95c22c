"""What makes a password acceptable for a Desk account (every role alike).

Eight characters are the minimum; on top of that the passwords people try first are refused:
the well-known ones ("12345678", "password", "qwerty123"), one character repeated, a run of
the keyboard or the alphabet ("abcdefgh", "87654321"), a short pattern repeated ("12121212"),
digits alone shorter than twelve, and the user name inside the password.
"""

from __future__ import annotations

MIN_PASSWORD_LENGTH = 8
MIN_DIGITS_ONLY = 12

# The most common passwords, and Indonesian ones seen in leaked lists, lower-cased.
COMMON = frozenset({
    "password", "password1", "password123", "passw0rd", "p@ssw0rd", "qwerty", "qwerty123", "qwertyuiop",
    "asdfghjkl", "zxcvbnm", "iloveyou", "admin123", "administrator", "letmein", "welcome", "welcome1",
    "monkey123", "football", "baseball", "sunshine", "princess", "dragon123", "superman", "trustno1",
    "bismillah", "bismillah123", "indonesia", "indonesia123", "sayang", "sayangku", "rahasia", "rahasia123",
    "katasandi", "katasandi123", "kata sandi", "sandiku", "merahputih", "jakarta", "bandung123",
    "balangan", "balangan123", "kalsel123", "petugas", "petugas123", "loket123", "pimpinan", "desk1234",
    "admin1234", "user1234", "test1234", "changeme", "default", "masuk123", "selamat", "alhamdulillah",
})
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")


def _is_run(text: str) -> bool:
    """A stretch of the alphabet, the digits or a keyboard row, either way ("abcdefgh", "87654321")."""
    return any(text in run or text in run[::-1] for run in _RUNS)


def _is_repeated_pattern(text: str) -> bool:
    """A short piece repeated to the length ("12121212", "abcabcab"), one character included."""
    for size in range(1, len(text) // 2 + 1):
        piece = text[:size]
        if (piece * (len(text) // size + 1))[: len(text)] == text:
            return True
    return False


def password_problem(password: str, username: str = "") -> str | None:
    """Why a new password is refused, in Indonesian, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter."
    if password.strip() != password:
        return "Kata sandi tidak boleh diawali atau diakhiri spasi."
    folded = password.lower()
    name = username.strip().lower()
    if name and folded == name:
        return "Kata sandi tidak boleh sama dengan nama pengguna."
    if folded in COMMON or _is_run(folded) or _is_repeated_pattern(folded) or len(set(folded)) < 3:
        return "Kata sandi terlalu mudah ditebak; pakai campuran huruf, angka dan tanda baca."
    if name and len(name) >= 4 and name in folded:
        return "Kata sandi tidak boleh memuat nama pengguna."
    if folded.isdigit() and len(folded) < MIN_DIGITS_ONLY:
        return f"Kata sandi yang hanya angka minimal {MIN_DIGITS_ONLY} angka; atau campurkan huruf dan angka."
    return None

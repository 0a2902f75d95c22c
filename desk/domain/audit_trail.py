"""The audit trail as people read it: what each action code, record kind and detail key means.

Codes are what the store writes (`"forum.checkin"`, `"request"`, `"copy"`); labels are data
here, in Indonesian. Entries written before detail keys were English (`"jenis"`, `"nama"`)
keep their keys (they are hashed), so both spellings have a label. An unknown code is shown
as it is: a label missing here must never hide an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desk.domain.office_time import DEFAULT_TZ, to_local
from desk.domain.text_id import format_clock, format_numeric_date

ACTION_LABELS: dict[str, str] = {
    "login": "Masuk", "login.failed": "Gagal masuk", "login.lock": "Akun dikunci",
    "request.create": "Permohonan dicatat", "request.status": "Status permohonan diubah",
    "request.correct": "Permohonan dikoreksi", "request.documents": "Berkas permohonan dicentang",
    "request.reopen": "Permohonan dibuka kembali", "service.due_counting": "Awal jangka waktu layanan diubah",
    "document.print": "Dokumen dicetak", "document.reprint": "Salinan dokumen dicetak",
    "data.export": "Data diekspor", "data.import": "Data diimpor",
    "backup.create": "Cadangan dibuat", "backup.restore": "Cadangan dipulihkan",
    "personal.reveal": "NIK/HP ditampilkan", "consent.record": "Persetujuan dicatat",
    "subject.request": "Permintaan subjek data dicatat", "subject.export": "Salinan data pribadi diberikan",
    "subject.correct": "Data pribadi diperbaiki", "subject.erase": "Data pribadi dihapus",
    "subject.complete": "Permintaan subjek data selesai", "retention.run": "Retensi data pribadi dijalankan",
    "user.create": "Pengguna ditambah", "user.create_first_admin": "Admin pertama dibuat",
    "user.update": "Pengguna diubah", "user.password": "Kata sandi diganti",
    "user.password_failed": "Gagal mengganti kata sandi", "user.password_reset": "Kata sandi disetel admin",
    "user.deactivate": "Pengguna dinonaktifkan", "user.activate": "Pengguna diaktifkan",
    "user.unlock": "Kunci akun dibuka",
    "setting.update": "Pengaturan diubah", "settings.printing": "Kertas bawaan diubah",
    "office.update": "Profil kantor diubah", "office.logo": "Logo kantor diubah",
    "calendar.weekdays": "Hari kerja diubah",
    "holiday.create": "Hari libur ditambah", "holiday.update": "Hari libur diubah",
    "holiday.delete": "Hari libur dihapus", "holiday.import": "Hari libur diimpor",
    "region.create": "Wilayah ditambah", "region.update": "Wilayah diubah", "region.delete": "Wilayah dihapus",
    "region.import": "Wilayah diimpor",
    "unit.create": "Bidang ditambah", "unit.update": "Bidang diubah", "unit.activate": "Bidang diaktifkan",
    "unit.deactivate": "Bidang dinonaktifkan",
    "service.create": "Layanan ditambah", "service.update": "Layanan diubah",
    "service.activate": "Layanan diaktifkan", "service.deactivate": "Layanan dinonaktifkan",
    "standard.version": "Versi standar pelayanan disimpan",
    "forum.create": "Forum dibuat", "forum.update": "Forum diubah", "forum.participant": "Peserta forum diubah",
    "forum.checkin": "Kehadiran forum dicatat", "forum.checkin_undo": "Kehadiran forum dibatalkan",
    "forum.walk_in": "Peserta datang langsung dicatat", "forum.minutes": "Notulen forum disimpan",
    "forum.berita_acara": "Berita acara forum disimpan",
    "audit.key_new": "Kunci jejak audit baru dipakai",
    "cli.system": "Perintah dijalankan sebagai sistem",
    "complaint.create": "Pengaduan dicatat", "complaint.step": "Langkah pengaduan",
    "complaint.attachment": "Lampiran pengaduan ditambah", "complaint.attachment_open": "Lampiran pengaduan dibuka",
}

ENTITY_LABELS: dict[str, str] = {
    "user": "Pengguna", "request": "Permohonan", "visitor": "Pengunjung", "backup": "Cadangan",
    "setting": "Pengaturan", "office_profile": "Profil kantor", "office": "Kantor", "demo": "Data contoh",
    "forum": "Forum", "standard": "Standar", "standards": "Standar pelayanan", "service": "Layanan",
    "unit": "Bidang", "holiday": "Hari libur", "region": "Wilayah", "audit": "Jejak audit",
    "complaint": "Pengaduan",
}

# Detail keys, English (new entries) and Indonesian (older entries), with how a person reads them.
DETAIL_LABELS: dict[str, str] = {
    # English keys
    "action": "Tindakan", "added": "Ditambah", "at": "Waktu", "attempts": "Percobaan", "by": "Oleh",
    "bytes": "Ukuran (bita)", "changes": "Perubahan", "channel": "Disampaikan melalui", "code": "Kode",
    "copy": "Salinan ke", "cutoff": "Batas retensi", "date": "Tanggal", "decree": "Dasar hukum",
    "document": "Dokumen", "due_at": "Batas waktu", "field": "Data", "file": "Berkas", "folder": "Folder",
    "format": "Format", "formats": "Format", "forum": "Forum", "full_identifiers": "NIK/HP lengkap",
    "full_name": "Nama lengkap", "height": "Tinggi", "hours": "Jam", "key": "Kunci", "kept_in_use": "Tetap dipakai",
    "kind": "Jenis", "level": "Tingkat", "minutes": "Menit", "name": "Nama", "nik": "NIK", "nip": "NIP",
    "note": "Catatan", "on_time": "Tepat waktu", "paper": "Kertas", "participants": "Peserta forum",
    "phone": "Nomor HP", "previous_key": "Kunci sebelumnya", "reason": "Alasan", "received_at": "Diterima",
    "redacted": "Entri audit dianonimkan", "ref": "Nomor", "removed": "Dihapus", "renamed": "Diganti nama",
    "replaced": "Diganti", "request_id": "Nomor permintaan", "requests": "Permohonan", "restored": "Dipulihkan",
    "retention_years": "Masa retensi (tahun)", "role": "Peran", "rows": "Baris", "safety_backup": "Cadangan pengaman",
    "service": "Layanan", "set_aside": "Berkas disisihkan", "size": "Ukuran", "sk": "Nomor SK", "source": "Sumber",
    "status": "Status", "unit": "Bidang", "until": "Sampai", "username": "Nama pengguna", "value": "Nilai",
    "version": "Versi", "visitor_id": "Nomor pengunjung", "visitors": "Pengunjung", "width": "Lebar",
    "working_weekdays": "Hari kerja", "years": "Masa retensi (tahun)", "seed": "Benih acak", "count": "Jumlah",
    "title": "Judul", "started": "Mulai", "audit_head": "Ujung jejak audit", "command": "Perintah",
    "os_user": "Akun komputer", "scrubbed": "Jejak lama dibersihkan",
    # a request's life after it is saved (desk.store.request_changes)
    "sex": "Jenis kelamin", "address": "Alamat", "kecamatan_code": "Kecamatan", "desa_code": "Desa/kelurahan",
    "region_text": "Asal (luar kabupaten)", "organisation": "Organisasi", "organisation_kind": "Jenis organisasi",
    "notes": "Catatan", "received": "Berkas diterima", "unreceived": "Ditandai belum diterima",
    "completed_on": "Berkas lengkap sejak", "collected_by": "Hasil diambil oleh", "collector": "Nama pengambil",
    "product_number": "Nomor produk", "time_from_complete": "Dihitung sejak berkas lengkap",
    "moved": "Tenggat berubah",
    # Indonesian keys of older entries
    "aksi": "Tindakan", "acara": "Susunan acara", "benih": "Benih acak", "berkas": "Berkas",
    "berlaku": "Berlaku mulai", "bidang_baru": "Bidang baru", "demo": "Data contoh", "dokumen": "Dokumen",
    "jenis": "Jenis", "judul": "Judul", "jumlah": "Jumlah", "kertas": "Kertas", "kesepakatan": "Kesepakatan",
    "kesimpulan": "Kesimpulan", "komponen_berubah": "Komponen berubah", "layanan": "Layanan",
    "layanan_baru": "Layanan baru", "mulai": "Mulai", "nama": "Nama", "nama_diubah": "Nama diubah",
    "nomor": "Nomor", "pembahasan": "Pembahasan", "peserta": "Peserta", "peserta_per_forum": "Peserta per forum",
    "salinan": "Salinan ke", "sumber": "Sumber", "tindakan": "Tindakan", "versi": "Versi",
    "versi_baru": "Versi baru",
}

# Values that are codes, read as words.
VALUE_LABELS: dict[str, str] = {
    "print": "dicetak", "save": "disimpan sebagai PDF", "sendiri": "sendiri",
    "tambah": "tambah", "ubah": "ubah", "hapus": "hapus",
}


def action_text(action: str) -> str:
    """"Masuk" for "login"; an unknown action as it is."""
    return ACTION_LABELS.get(action, action)


def detail_label(key: str) -> str:
    return DETAIL_LABELS.get(key, key.replace("_", " ").capitalize())


_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _value_text(value: Any, tz: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, list):
        return ", ".join(_value_text(v, tz) for v in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{detail_label(str(k))}: {_value_text(v, tz)}" for k, v in value.items())
    text = str(value)
    if _ISO_MOMENT.match(text):  # a moment stored in UTC, read in office time
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is not None:
            local = to_local(moment, tz)
            return f"{format_numeric_date(local.date())} {format_clock(local)}"
    return VALUE_LABELS.get(text, text)


def detail_lines(details: Mapping[str, Any], tz: str = DEFAULT_TZ) -> Iterator[str]:
    """The details of one entry as lines a person reads: "Nama: Ahmad", "Status: diterima → selesai"."""
    for key, value in details.items():
        if key == "changes" and isinstance(value, dict):
            for field_, change in value.items():
                if isinstance(change, list) and len(change) == 2:
                    yield (f"{detail_label(str(field_))}: {_value_text(change[0], tz)} → "
                           f"{_value_text(change[1], tz)}")
                else:
                    yield f"{detail_label(str(field_))}: {_value_text(change, tz)}"
            continue
        yield f"{detail_label(key)}: {_value_text(value, tz)}"


class ChainProblem(StrEnum):
    """What a check of the audit trail found."""

    EDITED = "edited"  # an entry's content no longer matches its hash
    DELETED = "deleted"  # an entry in the middle is gone
    REORDERED = "reordered"
    TAIL_DELETED = "tail_deleted"  # the newest entries are gone (the head says so)
    UNSIGNED = "unsigned"  # an entry or the head lacks the key's signature where it must have one
    UNKNOWN_KEY = "unknown_key"  # entries signed with a key this PC does not have: not checkable
    WITNESS_MISSING = "witness_missing"  # a backup or printed recap recorded an entry that is gone
    WITNESS_DIFFERS = "witness_differs"  # … or one that now reads differently


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The newest entry of the chain at some moment: what a backup or a printed recap records."""

    entry_id: int
    hash: str

    @property
    def label(self) -> str:
        """For a printout: "Jejak audit #1234 · 3fa9c2d14b07"."""
        return f"Jejak audit #{self.entry_id} · {self.hash[:12]}"


@dataclass(frozen=True, slots=True)
class AuditWitness:
    """A copy of the head kept outside the database (a backup file, a printed recap), and where."""

    head: AuditHead
    source: str  # "cadangan desk-20270111-….sqlite3", "rekap tercetak Rekap kehadiran forum"
    at: datetime | None = None

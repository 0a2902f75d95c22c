"""The shipped seed data: what a fresh install shows the counter officer on day one."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

SEED = Path(__file__).parents[2] / "resources" / "seed"

STANDARD_TEXT_FIELDS = (
    "product",
    "facilities",
    "competence",
    "supervision",
    "staff_count",
    "service_assurance",
    "safety_assurance",
    "performance_evaluation",
)


def load(name: str) -> Any:
    return json.loads((SEED / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def office() -> dict[str, Any]:
    return load("office.json")


@pytest.fixture(scope="module")
def units() -> list[dict[str, Any]]:
    return load("units.json")


@pytest.fixture(scope="module")
def services() -> list[dict[str, Any]]:
    return load("services.json")


@pytest.fixture(scope="module")
def holidays() -> list[dict[str, Any]]:
    return load("holidays.json")


@pytest.fixture(scope="module")
def regions() -> dict[str, Any]:
    return load("regions.json")


# --- office -------------------------------------------------------------------------------------


def test_office_profile_names_the_real_office(office: dict[str, Any]) -> None:
    assert office["government_name"] == "PEMERINTAH KABUPATEN BALANGAN"
    assert office["short_name"] == "DKUKMTK"
    assert office["village"] == "Mampari"
    assert office["timezone"] == "Asia/Makassar"
    assert office["retention_years"] == 5
    for key in ("address", "phone", "email", "head_name", "head_nip", "privacy_notice", "maklumat_text"):
        assert office[key].strip(), key


def test_privacy_notice_states_basis_retention_and_contact(office: dict[str, Any]) -> None:
    notice = office["privacy_notice"]
    assert "Nomor 27 Tahun 2022" in notice and "Pasal 20" in notice
    assert "5 (lima) tahun" in notice
    assert office["email"] in notice


def test_reference_pattern_formats_a_number(office: dict[str, Any]) -> None:
    ref = office["ref_pattern"].format(seq=7, unit="PNP", office="DKUKMTK", month_roman="X", year=2025)
    assert ref == "0007/PNP/DKUKMTK/X/2025"


# --- units and services -------------------------------------------------------------------------


def test_four_units_with_unique_codes(units: list[dict[str, Any]]) -> None:
    assert {unit["code"] for unit in units} == {"PNP", "BLK", "UKM", "KOP"}
    assert len(units) == 4


def test_every_service_belongs_to_a_seeded_unit(
    services: list[dict[str, Any]], units: list[dict[str, Any]]
) -> None:
    codes = {unit["code"] for unit in units}
    assert all(service["unit"] in codes for service in services)
    assert {service["unit"] for service in services} == codes


def test_service_codes_are_unique_and_cover_domain_catalogue(services: list[dict[str, Any]]) -> None:
    codes = [service["code"] for service in services]
    assert len(codes) == len(set(codes))
    expected = {f"P{i}" for i in range(1, 9)} | {"B1", "B2"} | {f"U{i}" for i in range(1, 5)}
    expected |= {f"K{i}" for i in range(1, 6)}
    assert set(codes) == expected


@pytest.mark.parametrize("component", ["requirements", "steps", "complaints", "legal_basis"])
def test_list_components_are_non_empty_lines(services: list[dict[str, Any]], component: str) -> None:
    for service in services:
        items = service["standard"][component]
        assert items, (service["code"], component)
        assert all(isinstance(item, str) and item.strip() == item and item for item in items), service["code"]
        assert len(items) == len(set(items)), (service["code"], component)


def test_management_components_are_filled(services: list[dict[str, Any]]) -> None:
    for service in services:
        for field in STANDARD_TEXT_FIELDS:
            assert service["standard"][field].strip(), (service["code"], field)


def test_fee_is_free_integer_rupiah(services: list[dict[str, Any]]) -> None:
    for service in services:
        fee = service["standard"]["fee"]
        assert isinstance(fee, int) and not isinstance(fee, bool) and fee >= 0, service["code"]


def test_duration_gives_a_due_date(services: list[dict[str, Any]]) -> None:
    # Same-day services are due today; the others need a positive number of working days.
    for service in services:
        std = service["standard"]
        assert isinstance(std["same_day"], bool)
        date.fromisoformat(std["effective_date"])
        if std["same_day"]:
            assert std["duration_days"] is None, service["code"]
        else:
            assert isinstance(std["duration_days"], int) and std["duration_days"] > 0, service["code"]
        minutes = std["duration_minutes"]
        assert minutes is None or (isinstance(minutes, int) and minutes > 0), service["code"]


def test_durations_follow_the_sources(services: list[dict[str, Any]]) -> None:
    by_code = {service["code"]: service["standard"] for service in services}
    assert by_code["P1"]["same_day"] and by_code["P1"]["duration_minutes"] == 15
    assert by_code["P5"]["duration_days"] == 30
    assert by_code["U3"]["duration_days"] == 12
    assert by_code["K1"]["same_day"]


# --- regions ------------------------------------------------------------------------------------


def test_eight_kecamatan_and_157_desa(regions: dict[str, Any]) -> None:
    kecamatan = regions["kecamatan"]
    desa = regions["desa"]
    assert len(kecamatan) == 8
    assert len({row["code"] for row in kecamatan}) == 8
    assert len(desa) == 157
    assert len({row["code"] for row in desa}) == 157


def test_desa_codes_sit_under_their_kecamatan(regions: dict[str, Any]) -> None:
    kecamatan = {row["code"] for row in regions["kecamatan"]}
    assert all(code.startswith("63.11.") for code in kecamatan)
    per_kecamatan = Counter(row["code"].rsplit(".", 1)[0] for row in regions["desa"])
    assert set(per_kecamatan) == kecamatan
    assert per_kecamatan["63.11.04"] == 18 and per_kecamatan["63.11.05"] == 27


def test_kelurahan_are_the_three_with_code_1(regions: dict[str, Any]) -> None:
    for row in regions["desa"]:
        suffix = row["code"].rsplit(".", 1)[1]
        assert len(suffix) == 4 and suffix.isdigit(), row
        assert row["kind"] == ("kelurahan" if suffix.startswith("1") else "desa"), row
    kelurahan = {row["name"] for row in regions["desa"] if row["kind"] == "kelurahan"}
    assert kelurahan == {"Paringin Timur", "Paringin Kota", "Batu Piring"}


def test_office_village_is_a_seeded_desa(regions: dict[str, Any]) -> None:
    assert {"code": "63.11.04.2008", "name": "Mampari", "kind": "desa"} in regions["desa"]


# --- holidays -----------------------------------------------------------------------------------


def test_holiday_counts_per_year_and_kind(holidays: list[dict[str, Any]]) -> None:
    counts = Counter((row["date"][:4], row["kind"]) for row in holidays)
    assert counts == {
        ("2025", "libur_nasional"): 17,
        ("2025", "cuti_bersama"): 11,
        ("2026", "libur_nasional"): 17,
        ("2026", "cuti_bersama"): 8,
    }


def test_holiday_dates_parse_are_unique_and_carry_a_decree(holidays: list[dict[str, Any]]) -> None:
    days = [date.fromisoformat(row["date"]) for row in holidays]
    assert len(days) == len(set(days))
    assert all(row["name"].strip() and row["decree"].startswith("SKB ") for row in holidays)


def test_fkp_day_and_cuti_bersama_weekdays(holidays: list[dict[str, Any]]) -> None:
    days = {date.fromisoformat(row["date"]): row for row in holidays}
    assert date(2025, 10, 29) not in days
    assert days[date(2025, 8, 18)]["kind"] == "cuti_bersama"
    # Cuti bersama are granted on working days only, so none may fall on a weekend.
    assert all(day.weekday() < 5 for day, row in days.items() if row["kind"] == "cuti_bersama")


# --- the loader accepts the files ---------------------------------------------------------------


def test_loader_seeds_every_row() -> None:
    from desk.store import models
    from desk.store.seed import seed

    engine = create_engine("sqlite://")
    models.Base.metadata.create_all(engine)
    with Session(engine) as session:
        seed(session, SEED)
        session.commit()

        def count(model: type[models.Base]) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        assert count(models.Unit) == 4
        assert count(models.Service) == len(load("services.json"))
        assert count(models.StandardVersion) == len(load("services.json"))
        assert count(models.Holiday) == 53
        assert count(models.Region) == 8 + 157
        office = session.get(models.OfficeProfileRow, 1)
        assert office is not None and office.short_name == "DKUKMTK"
        p1 = session.scalars(select(models.Service).where(models.Service.code == "P1")).one()
        requirements = session.scalars(
            select(models.StandardItem.text)
            .join(models.StandardVersion)
            .where(models.StandardVersion.service_id == p1.id, models.StandardItem.kind == "requirement")
            .order_by(models.StandardItem.position)
        ).all()
        assert requirements[0].startswith("KTP-el")
    engine.dispose()

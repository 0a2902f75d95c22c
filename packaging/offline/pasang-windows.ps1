# Memasang Desk @VERSION@ dari folder ini, tanpa internet (Windows 64-bit, Python 3.11 sampai 3.14).
#   powershell -ExecutionPolicy Bypass -File pasang-windows.ps1 [-Target FOLDER]
# Semua paket diambil dari folder wheels\ (pip --no-index): tidak ada yang diunduh.
# Untuk kantor, penginstal Desk-Setup-@VERSION@.exe lebih mudah: tidak perlu Python.
param([string]$Target = "$env:LOCALAPPDATA\Programs\Desk-python")
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path

$python = $null
foreach ($version in "3.11", "3.12", "3.13", "3.14") {
    try {
        & py "-$version-64" -c "import sys" 2>$null
        if ($LASTEXITCODE -eq 0) { $python = "-$version-64"; break }
    } catch { }
}
if (-not $python) {
    Write-Host "Desk memerlukan Python 3.11 sampai 3.14 (64-bit) dengan peluncur 'py'. Pasang dari python.org lalu ulangi."
    exit 1
}

# Pengaturan pip di komputer ini (indeks lain, folder paket lain) tidak dipakai: hanya folder wheels\.
Get-ChildItem env: | Where-Object { $_.Name -like "PIP_*" } | ForEach-Object { Remove-Item "env:$($_.Name)" }
$env:PIP_CONFIG_FILE = "nul"
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"

& py $python -m venv $Target
if ($LASTEXITCODE) { exit 1 }
& "$Target\Scripts\python.exe" -m pip install --quiet --no-index --find-links "$here\wheels" -r "$here\requirements.lock" "desk==@VERSION@"
if ($LASTEXITCODE) { Write-Host "Pemasangan gagal (lihat pesan di atas)."; exit 1 }

Copy-Item "$here\desk.ico" "$Target\desk.ico" -Force
$shell = New-Object -ComObject WScript.Shell
foreach ($folder in [Environment]::GetFolderPath("Desktop"), [Environment]::GetFolderPath("Programs")) {
    $link = $shell.CreateShortcut("$folder\Desk - Loket Pelayanan.lnk")
    $link.TargetPath = "$Target\Scripts\desk-gui.exe"
    $link.IconLocation = "$Target\desk.ico"
    $link.Save()
}
Write-Host "Desk @VERSION@ terpasang di $Target."
Write-Host "Pintasan 'Desk - Loket Pelayanan' ada di desktop dan menu Start. Data Desk: $env:LOCALAPPDATA\DKUKMTK\Desk"

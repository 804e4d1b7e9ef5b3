# Builds the Windows one-folder app:
#   dist\shopprivacy\shopprivacy.exe        the desktop app (no console window)
#   dist\shopprivacy\shopprivacy-admin.exe  the admin command line
#   dist\shopprivacy\_internal\             Python, Qt, the app's code, resources, migrations
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1            # build
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Clean     # from scratch
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Smoke     # build, check, start
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Archive   # also a .zip
#
# Needs uv and Python 3.11 (x64); run from any folder. PyInstaller is pinned here and installed
# for the build only: it is not one of the app's dependencies.
param(
    [switch]$Clean,
    [switch]$Smoke,
    [switch]$Archive
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

$BuildTools = @(
    "--with", "pyinstaller==6.22.3",
    "--with", "pyinstaller-hooks-contrib==2026.9",
    "--with", "altgraph==0.17.5"
)
$Dist = Join-Path $Root "dist\shopprivacy"

function Invoke-Native {
    # Runs a program and stops the build when it fails (PowerShell does not, by itself).
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
}

$started = Get-Date

Write-Host "== icons from resources\icons\shopprivacy.svg"
Invoke-Native "uv" @("run", "python", "packaging/make_icons.py", "build/icons")

Write-Host "== PyInstaller"
if (Test-Path $Dist) { Remove-Item -Recurse -Force $Dist }
$pyinstallerArgs = @("run") + $BuildTools + @(
    "pyinstaller", "--noconfirm", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build/pyinstaller"
)
if ($Clean) { $pyinstallerArgs += "--clean" }
$pyinstallerArgs += "packaging/shopprivacy.spec"
Invoke-Native "uv" $pyinstallerArgs

Copy-Item "build\icons\shopprivacy.ico" (Join-Path $Dist "shopprivacy.ico")

$size = (Get-ChildItem $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum
$took = [int]((Get-Date) - $started).TotalSeconds
Write-Host ("== built {0} in {1}s, {2:N0} MiB" -f $Dist, $took, ($size / 1MB))

if ($Smoke) {
    Write-Host "== bundle check and smoke test"
    Invoke-Native "uv" (@("run") + $BuildTools + @("python", "packaging/check_bundle.py", $Dist))

    $work = Join-Path ([System.IO.Path]::GetTempPath()) ("shopprivacy-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $work | Out-Null
    try {
        Invoke-Native (Join-Path $Dist "shopprivacy-admin.exe") @("--lang", "en", "--help")
        Write-Host "SMOKE TEST: packaged shopprivacy-admin --help exited 0"

        # A windowed program has no console to print to: its exit code tells (0 = the first
        # window was shown). Start-Process waits for it, which & does not for GUI programs.
        $db = Join-Path $work "shop.db"
        $gui = Start-Process -FilePath (Join-Path $Dist "shopprivacy.exe") `
            -ArgumentList @("--smoke-test", "--db", "`"$db`"") -Wait -PassThru
        if ($gui.ExitCode -ne 0) {
            throw "shopprivacy.exe --smoke-test exited $($gui.ExitCode)"
        }
        Write-Host "SMOKE TEST: packaged app reached its first window and exited 0"
    }
    finally {
        Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
    }
}

if ($Archive) {
    $version = (& uv run python -c "import importlib.metadata as m; print(m.version('shopprivacy'))").Trim()
    $zip = Join-Path $Root "dist\shopprivacy-$version-windows-x64.zip"
    if (Test-Path $zip) { Remove-Item -Force $zip }
    Compress-Archive -Path $Dist -DestinationPath $zip
    Write-Host "== archive $zip"
}

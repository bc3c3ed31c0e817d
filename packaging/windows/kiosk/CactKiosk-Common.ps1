# CACT Station kiosk: helpers shared by Set-CactKiosk.ps1 and Undo-CactKiosk.ps1
# (dot-sourced by both; not meant to be run on its own).
# Windows PowerShell 5.1 (built into Windows 10 and 11) or PowerShell 7.

$script:StateDir = Join-Path $env:ProgramData 'CACT Station\kiosk'
$script:StateFile = Join-Path $script:StateDir 'state.json'
$script:HiveMount = 'CACT-Kiosk-User'
$script:StationGroup = 'CACT Station'
$script:PowerSchemeGuid = '8c5e7fda-cac7-4c7a-9b1e-5ca7c0de0001'
$script:BalancedSchemeGuid = '381b4222-f694-41f0-9685-ff5bb260df2e'
$script:ShellLauncherNamespace = 'root\standardcimv2\embedded'
$script:AssignedAccessTask = 'CACT Station kiosk (Assigned Access)'

# Policies written into the kiosk account's own registry hive (HKCU for that
# account only). Narrator, Magnifier, NVDA and the on-screen keyboard are not
# touched by any of them.
$script:UserPolicies = @(
    @{ Key = 'Software\Microsoft\Windows\CurrentVersion\Policies\System'; Name = 'DisableTaskMgr'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Microsoft\Windows\CurrentVersion\Policies\System'; Name = 'DisableLockWorkstation'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Microsoft\Windows\CurrentVersion\Policies\System'; Name = 'DisableChangePassword'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Microsoft\Windows\CurrentVersion\Policies\Explorer'; Name = 'NoLogoff'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Microsoft\Windows\CurrentVersion\Policies\Explorer'; Name = 'NoWinKeys'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Microsoft\Windows\CurrentVersion\Policies\Explorer'; Name = 'NoRun'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Policies\Microsoft\Windows\Explorer'; Name = 'DisableNotificationCenter'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Policies\Microsoft\Windows\CurrentVersion\PushNotifications'; Name = 'NoToastApplicationNotification'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Policies\Microsoft\Windows\RemovableStorageDevices'; Name = 'Deny_All'; Type = 'REG_DWORD'; Data = '1' },
    @{ Key = 'Software\Policies\Microsoft\Windows\Control Panel\Desktop'; Name = 'ScreenSaveActive'; Type = 'REG_SZ'; Data = '0' }
)

# Machine-wide policies (HKLM). Their earlier values are kept in the state
# file and put back by Undo-CactKiosk.ps1.
$script:MachinePolicies = @(
    # No "Switch user" on the Ctrl+Alt+Del screen (for every account).
    @{ Key = 'SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'; Name = 'HideFastUserSwitching'; Kind = 'DWord'; Value = 1 },
    # No Remote Desktop connections to this computer, no Remote Assistance.
    @{ Key = 'SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'; Name = 'fDenyTSConnections'; Kind = 'DWord'; Value = 1 },
    @{ Key = 'SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services'; Name = 'fAllowToGetHelp'; Kind = 'DWord'; Value = 0 }
)

function Write-Step([string]$Text) {
    Write-Host "  $Text"
}

function Invoke-Native {
    # Runs a program (reg.exe, powercfg.exe, icacls.exe); throws with its output when it fails.
    param([string]$FilePath, [string[]]$Arguments, [switch]$AllowFailure)
    $previous = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        $output = & $FilePath @Arguments 2>&1 | ForEach-Object { "$_" }
        $code = $LASTEXITCODE
    }
    finally {
        $ErrorActionPreference = $previous
    }
    if ($code -ne 0 -and -not $AllowFailure) {
        throw ('{0} {1} failed ({2}): {3}' -f $FilePath, ($Arguments -join ' '), $code, ($output -join ' '))
    }
    return [pscustomobject]@{ ExitCode = $code; Output = ($output -join "`n") }
}

function Get-KioskSid([string]$UserName) {
    $user = Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue
    if ($user) { return $user.SID.Value }
    return $null
}

function Get-ProfilePath([string]$Sid) {
    $key = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList\$Sid"
    if (Test-Path -LiteralPath $key) {
        $path = (Get-ItemProperty -LiteralPath $key).ProfileImagePath
        if ($path) { return [Environment]::ExpandEnvironmentVariables($path) }
    }
    return $null
}

function New-KioskProfile([string]$Sid, [string]$UserName) {
    # Creates the profile folder and NTUSER.DAT of an account that never signed
    # in yet, so its policies can be written before its first sign-in.
    if (-not ('CactKiosk.UserEnv' -as [type])) {
        Add-Type -Namespace CactKiosk -Name UserEnv -MemberDefinition @'
[DllImport("userenv.dll", CharSet = CharSet.Unicode)]
public static extern int CreateProfile(string pszUserSid, string pszUserName, System.Text.StringBuilder pszProfilePath, uint cchProfilePath);
'@
    }
    $path = New-Object System.Text.StringBuilder 260
    $result = [CactKiosk.UserEnv]::CreateProfile($Sid, $UserName, $path, [uint32]$path.Capacity)
    $alreadyExists = -2147024713 # HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS)
    if ($result -ne 0 -and $result -ne $alreadyExists) {
        throw ('CreateProfile failed for {0}: 0x{1:X8}' -f $UserName, $result)
    }
    return (Get-ProfilePath $Sid)
}

function Mount-KioskHive([string]$Sid, [string]$ProfilePath) {
    # The account's hive: HKU\<SID> when it is signed in, else its NTUSER.DAT
    # loaded under HKU\CACT-Kiosk-User. Returns the reg.exe root to write under.
    if (Test-Path -LiteralPath "Registry::HKEY_USERS\$Sid") {
        return [pscustomobject]@{ Root = "HKU\$Sid"; Loaded = $false }
    }
    if (Test-Path -LiteralPath "Registry::HKEY_USERS\$script:HiveMount") {
        $null = Invoke-Native reg.exe @('unload', "HKU\$script:HiveMount") -AllowFailure
    }
    $hive = Join-Path $ProfilePath 'NTUSER.DAT'
    if (-not (Test-Path -LiteralPath $hive)) {
        throw "No registry hive at $hive. Sign in once as the kiosk account, sign out, and run this script again."
    }
    $null = Invoke-Native reg.exe @('load', "HKU\$script:HiveMount", $hive)
    return [pscustomobject]@{ Root = "HKU\$script:HiveMount"; Loaded = $true }
}

function Dismount-KioskHive($Mount) {
    if ($Mount -and $Mount.Loaded) {
        [GC]::Collect()
        [GC]::WaitForPendingFinalizers()
        for ($try = 1; $try -le 5; $try++) {
            $result = Invoke-Native reg.exe @('unload', $Mount.Root) -AllowFailure
            if ($result.ExitCode -eq 0) { return }
            Start-Sleep -Seconds 1
        }
        Write-Warning "Could not unload $($Mount.Root); it unloads at the next restart."
    }
}

function Set-HiveValue($Mount, [hashtable]$Policy) {
    $key = '{0}\{1}' -f $Mount.Root, $Policy.Key
    $null = Invoke-Native reg.exe @('add', $key, '/v', $Policy.Name, '/t', $Policy.Type, '/d', $Policy.Data, '/f')
}

function Remove-HiveValue($Mount, [string]$Key, [string]$Name) {
    $full = '{0}\{1}' -f $Mount.Root, $Key
    $query = Invoke-Native reg.exe @('query', $full, '/v', $Name) -AllowFailure
    if ($query.ExitCode -eq 0) {
        $null = Invoke-Native reg.exe @('delete', $full, '/v', $Name, '/f')
    }
}

function Read-KioskState {
    if (Test-Path -LiteralPath $script:StateFile) {
        return (Get-Content -LiteralPath $script:StateFile -Raw | ConvertFrom-Json)
    }
    return $null
}

function Write-KioskState($State) {
    if (-not (Test-Path -LiteralPath $script:StateDir)) {
        $null = New-Item -ItemType Directory -Path $script:StateDir -Force
    }
    $State | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $script:StateFile -Encoding UTF8
}

function Get-MachineValue([string]$Key, [string]$Name) {
    $path = "HKLM:\$Key"
    if (Test-Path -LiteralPath $path) {
        $item = Get-ItemProperty -LiteralPath $path -Name $Name -ErrorAction SilentlyContinue
        if ($null -ne $item) { return $item.$Name }
    }
    return $null
}

function Set-MachineValue([string]$Key, [string]$Name, [string]$Kind, $Value) {
    $path = "HKLM:\$Key"
    if (-not (Test-Path -LiteralPath $path)) { $null = New-Item -Path $path -Force }
    $null = New-ItemProperty -LiteralPath $path -Name $Name -PropertyType $Kind -Value $Value -Force
}

function Remove-MachineValue([string]$Key, [string]$Name) {
    $path = "HKLM:\$Key"
    if ((Test-Path -LiteralPath $path) -and ($null -ne (Get-ItemProperty -LiteralPath $path -Name $Name -ErrorAction SilentlyContinue))) {
        Remove-ItemProperty -LiteralPath $path -Name $Name
    }
}

function Get-ActivePowerScheme {
    $result = Invoke-Native powercfg.exe @('/getactivescheme')
    if ($result.Output -match '[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}') {
        return $Matches[0].ToLowerInvariant()
    }
    return $null
}

function Test-PowerScheme([string]$Guid) {
    $result = Invoke-Native powercfg.exe @('/list')
    return ($result.Output -match [regex]::Escape($Guid))
}

function Set-AssignedAccessAsSystem([string]$ConfigurationPath) {
    # The MDM bridge (MDM_AssignedAccess) accepts changes only from the SYSTEM
    # account: a one-off scheduled task running as SYSTEM applies the XML (or
    # clears the configuration when $ConfigurationPath is empty).
    if (-not (Test-Path -LiteralPath $script:StateDir)) {
        $null = New-Item -ItemType Directory -Path $script:StateDir -Force
    }
    $worker = Join-Path $script:StateDir 'assigned-access-task.ps1'
    $log = Join-Path $script:StateDir 'assigned-access-task.log'
    @'
param([string]$ConfigurationPath, [string]$LogPath)
$ErrorActionPreference = 'Stop'
try {
    $instance = Get-CimInstance -Namespace 'root\cimv2\mdm\dmmap' -ClassName 'MDM_AssignedAccess'
    if ($ConfigurationPath) {
        $xml = [System.IO.File]::ReadAllText($ConfigurationPath)
        $instance.Configuration = [System.Security.SecurityElement]::Escape($xml)
    }
    else {
        $instance.Configuration = $null
    }
    Set-CimInstance -CimInstance $instance
    Set-Content -LiteralPath $LogPath -Value 'OK'
}
catch {
    Set-Content -LiteralPath $LogPath -Value ('FAILED: ' + $_.Exception.Message)
}
'@ | Set-Content -LiteralPath $worker -Encoding UTF8
    if (Test-Path -LiteralPath $log) { Remove-Item -LiteralPath $log -Force }
    $powershell = Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe'
    # Windows PowerShell drops empty arguments given to -File: to clear, the
    # parameter is left out.
    $arguments = '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "{0}" -LogPath "{1}"' -f $worker, $log
    if ($ConfigurationPath) { $arguments += ' -ConfigurationPath "{0}"' -f $ConfigurationPath }
    $action = New-ScheduledTaskAction -Execute $powershell -Argument $arguments
    $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
    $null = Register-ScheduledTask -TaskName $script:AssignedAccessTask -Action $action -Principal $principal -Force
    try {
        Start-ScheduledTask -TaskName $script:AssignedAccessTask
        $deadline = (Get-Date).AddMinutes(3)
        while (-not (Test-Path -LiteralPath $log) -and (Get-Date) -lt $deadline) {
            Start-Sleep -Seconds 2
        }
    }
    finally {
        Unregister-ScheduledTask -TaskName $script:AssignedAccessTask -Confirm:$false
    }
    if (-not (Test-Path -LiteralPath $log)) {
        throw 'Assigned Access: the SYSTEM task did not finish within 3 minutes.'
    }
    $outcome = (Get-Content -LiteralPath $log -Raw).Trim()
    Remove-Item -LiteralPath $log, $worker -Force
    if ($outcome -ne 'OK') {
        throw "Assigned Access: $outcome"
    }
}
